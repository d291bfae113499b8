export interface ReportProcess {
  /** `http://127.0.0.1:PORT/` */
  url: string;
  pid: number;
  stop(): Promise<void>;
}
export function startReportProcesses(
  count: number,
  env: Record<string, string>,
): Promise<{ processes: ReportProcess[]; stop(): Promise<void> }>;
