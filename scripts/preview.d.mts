export declare function startPreview(options: {
  port: number
  outDir?: string
  timeoutMs?: number
}): Promise<{ origin: string; stop: () => void }>
