/**
 * A latency histogram by route, method and status, for prom-client's registry.
 *
 * prom-client's own Histogram builds a label object and a hash string on every observation; this
 * one looks its series up in nested maps keyed by the values themselves (the route pattern and the
 * method are strings Fastify already holds, the status a number), so an answer costs a few map
 * lookups and additions and allocates nothing once its series exists. Its `get()` returns what a
 * prom-client Histogram returns, so the registry prints it and the cluster aggregator sums it.
 */
/** One line of the exposition, as prom-client's metrics describe it. */
interface PromMetric {
  metricName: string
  labels: Record<string, string | number>
  value: number
}

interface Series {
  buckets: Float64Array
  sum: number
  count: number
}

export class RouteHistogram {
  readonly type = 'histogram'
  readonly aggregator = 'sum'
  private readonly series = new Map<string, Map<string, Map<number, Series>>>()

  constructor(
    readonly name: string,
    readonly help: string,
    private readonly upperBounds: readonly number[],
  ) {}

  observe(route: string, method: string, status: number, seconds: number): void {
    let byMethod = this.series.get(route)
    if (byMethod === undefined) this.series.set(route, (byMethod = new Map()))
    let byStatus = byMethod.get(method)
    if (byStatus === undefined) byMethod.set(method, (byStatus = new Map()))
    let series = byStatus.get(status)
    if (series === undefined) {
      series = { buckets: new Float64Array(this.upperBounds.length), sum: 0, count: 0 }
      byStatus.set(status, series)
    }
    series.sum += seconds
    series.count += 1
    // Each observation counts in the first bucket it fits; get() accumulates, once per scrape.
    const bounds = this.upperBounds
    for (let i = 0; i < bounds.length; i++) {
      if (seconds <= bounds[i]!) {
        series.buckets[i]! += 1
        return
      }
    }
  }

  get(): { name: string; help: string; type: 'histogram'; aggregator: 'sum'; values: PromMetric[] } {
    const values: PromMetric[] = []
    for (const [route, byMethod] of this.series) {
      for (const [method, byStatus] of byMethod) {
        for (const [status, series] of byStatus) {
          const labels = { route, method, status: String(status) }
          let cumulative = 0
          for (let i = 0; i < this.upperBounds.length; i++) {
            cumulative += series.buckets[i]!
            values.push({ metricName: `${this.name}_bucket`, labels: { ...labels, le: this.upperBounds[i]! }, value: cumulative })
          }
          values.push({ metricName: `${this.name}_bucket`, labels: { ...labels, le: '+Inf' }, value: series.count })
          values.push({ metricName: `${this.name}_sum`, labels, value: series.sum })
          values.push({ metricName: `${this.name}_count`, labels, value: series.count })
        }
      }
    }
    return { name: this.name, help: this.help, type: 'histogram', aggregator: 'sum', values }
  }
}
