// The process's own gauges in Prometheus text, with the names Prometheus client libraries use
// (process_*, nodejs_*), so a dashboard made for any Node service reads them: resident memory, the V8
// heap (reserved and used), memory outside the heap, CPU seconds and start time.
const startSeconds = Math.round(Date.now() / 1000 - process.uptime());

export function processMetrics(): string {
	const memory = process.memoryUsage();
	const cpu = process.cpuUsage();
	const gauge = (name: string, help: string, value: number, type = 'gauge') => [
		`# HELP ${name} ${help}`,
		`# TYPE ${name} ${type}`,
		`${name} ${value}`
	];
	return (
		[
			...gauge('process_resident_memory_bytes', 'Resident memory size in bytes.', memory.rss),
			...gauge('nodejs_heap_size_total_bytes', 'V8 heap reserved, in bytes.', memory.heapTotal),
			...gauge('nodejs_heap_size_used_bytes', 'V8 heap in use, in bytes.', memory.heapUsed),
			...gauge(
				'nodejs_external_memory_bytes',
				'Memory of C++ objects bound to JavaScript objects, in bytes.',
				memory.external
			),
			...gauge('nodejs_array_buffers_bytes', 'Memory of ArrayBuffers and Buffers, in bytes.', memory.arrayBuffers),
			...gauge('process_cpu_user_seconds_total', 'User CPU time, in seconds.', cpu.user / 1e6, 'counter'),
			...gauge('process_cpu_system_seconds_total', 'System CPU time, in seconds.', cpu.system / 1e6, 'counter'),
			...gauge(
				'process_start_time_seconds',
				'Start time of the process since the Unix epoch, in seconds.',
				startSeconds
			)
		].join('\n') + '\n'
	);
}
