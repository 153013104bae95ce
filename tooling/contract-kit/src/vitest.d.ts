export declare const testDefaults: {
  include: string[];
  reporters: string[];
  outputFile: { json: string };
  testTimeout: number;
};

/** The absolute path of the Prism globalSetup. */
export declare const prismSetup: string;

export declare const clientTestConfig: () => {
  test: typeof testDefaults & { globalSetup: string[] };
};
