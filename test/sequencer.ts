import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The projects whose files start first within their group, in this order. */
const FIRST = ['e2e'];

/**
 * Vitest's order (group by group; within a project, the files a past run found slowest first, else
 * the largest) with one change: within a group, the browser files start before the API files rather
 * than after them. A browser file runs long for its size (a server and a browser, often one of each
 * per engine), so queued last by name it ran on alone at the end of the run; the API files, many and
 * short, fill the workers up to the end instead. A project's files stay together, so a worker goes on
 * from one file to the next of the same project without starting again.
 */
export default class BrowserFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => {
      const i = FIRST.indexOf(spec.project.name);
      return i === -1 ? FIRST.length : i;
    };
    const group = (spec: TestSpecification) => spec.project.config.sequence.groupOrder;
    return sorted
      .map((spec, i) => ({ spec, i }))
      .sort((a, b) => group(a.spec) - group(b.spec) || rank(a.spec) - rank(b.spec) || a.i - b.i)
      .map(({ spec }) => spec);
  }
}
