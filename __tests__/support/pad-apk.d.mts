/** Writes target, a copy of the signed APK source with padding zero bytes spliced in; its size. */
export declare function padApk(source: string, target: string, padding: number): number
