// The chart drawings, one module so that ChartFigure's dynamic import makes them one lazy chunk.
export { BandsChart } from './drawings/BandsChart'
export { ComparisonChart } from './drawings/ComparisonChart'
export { NetByDaysChart } from './drawings/NetByDaysChart'
export { NetChart } from './drawings/NetChart'
export { RevenueChart } from './drawings/RevenueChart'
export { SplitChart } from './drawings/SplitChart'
