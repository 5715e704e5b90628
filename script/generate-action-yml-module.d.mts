export declare const TARGET: string
export declare function renderActionYmlModule(actionYml: string): Promise<string>
