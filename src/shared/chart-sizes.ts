/** Chart heights in CSS pixels, known before the data (or the chart library) arrives so a page keeps its layout. */

/** A source's rolling hit rate. */
export const ROLLING_CHART_HEIGHT = 260;
/** A source's calibration chart. */
export const CALIBRATION_CHART_HEIGHT = 300;
/** The chart of a source's calls by kind. */
export const KIND_CHART_HEIGHT = 200;
/** Room for the caption under a chart. */
export const CAPTION_ALLOWANCE = 64;
