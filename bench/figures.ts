export type Figures = Record<string, { value: number; unit: string }>;
