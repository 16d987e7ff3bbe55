export declare const CHROMIUM_PATH: string
export declare const CHROMIUM_FLAGS: string[]
export declare function chromiumLaunchOptions(): { executablePath: string; args: string[] }
export declare const BROWSER_LOCALE: string
