export { segmentText, type Segment, type Span } from '../../shared/issue-text.js';
