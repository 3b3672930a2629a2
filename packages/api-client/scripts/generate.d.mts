export declare const SPEC_FILE: string;
export declare const SCHEMA_FILE: string;
export declare function render(specText?: string): Promise<string>;
