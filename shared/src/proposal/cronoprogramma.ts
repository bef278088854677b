import { z } from "zod";
import { OrganisationRefSchema } from "./document-shape.ts";
import { RowIdSchema } from "./y-rows.ts";

/**
 * The cronoprogramma: activities × project months, the Gantt-style grid of a proposal. Months
 * are numbered from 1 (the month the project starts) to `spanMonths`; `firstMonth` optionally
 * pins month 1 to the calendar so the grid can say "set 2025" instead of "M1".
 */
export const MAX_PROJECT_MONTHS = 120;
export const MAX_ACTIVITIES = 200;

export const ProjectMonthSchema = z
  .number()
  .int("must be a whole month")
  .min(1, "months start at 1")
  .max(MAX_PROJECT_MONTHS, `must be at most ${MAX_PROJECT_MONTHS}`);

/** A calendar month as "YYYY-MM". */
export const CalendarMonthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be a month as YYYY-MM");

/** A set of months, stored sorted and without repeats so equal sets compare (and hash) equal. */
export const ActivityMonthsSchema = z
  .array(ProjectMonthSchema)
  .max(MAX_PROJECT_MONTHS)
  .transform((months) => [...new Set(months)].sort((a, b) => a - b));

export const ActivitySchema = z.object({
  id: RowIdSchema,
  name: z.string().trim().min(1, "must not be empty").max(300),
  responsibleOrganisationId: OrganisationRefSchema.nullable(),
  months: ActivityMonthsSchema,
});
export type Activity = z.infer<typeof ActivitySchema>;

/** A start and end month as a form enters them; the end may equal the start. */
export const MonthRangeSchema = z
  .object({ startMonth: ProjectMonthSchema, endMonth: ProjectMonthSchema })
  .refine((range) => range.endMonth >= range.startMonth, {
    path: ["endMonth"],
    message: "must not be before the start month",
  });
export type MonthRange = z.infer<typeof MonthRangeSchema>;

const CronoprogrammaFields = z.object({
  type: z.literal("cronoprogramma"),
  spanMonths: ProjectMonthSchema,
  firstMonth: CalendarMonthSchema.nullable(),
  activities: z.array(ActivitySchema).max(MAX_ACTIVITIES),
});

/**
 * A cronoprogramma whose fields have the right types, even if some months fall outside the span
 * (the span was shortened after months were set): the editor still draws it, with the problems.
 */
export const CronoprogrammaShapeSchema = CronoprogrammaFields;
export type Cronoprogramma = z.infer<typeof CronoprogrammaFields>;

/** A valid cronoprogramma: every month within the span, activity ids unique. */
export const CronoprogrammaSchema = CronoprogrammaFields.superRefine((value, ctx) => {
  for (const issue of cronoprogrammaProblems(value)) ctx.addIssue({ code: "custom", ...issue });
});

/** The problems a well-typed cronoprogramma can still have, with the path to each. */
export function cronoprogrammaProblems(
  value: Cronoprogramma,
): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  const ids = new Set<string>();
  value.activities.forEach((activity, index) => {
    if (ids.has(activity.id)) {
      problems.push({ path: ["activities", index, "id"], message: "duplicate activity id" });
    }
    ids.add(activity.id);
    const outside = activity.months.filter((month) => month > value.spanMonths);
    if (outside.length > 0) {
      problems.push({
        path: ["activities", index, "months"],
        message: `months ${outside.join(", ")} are outside the project span of ${value.spanMonths} months`,
      });
    }
  });
  return problems;
}

/** The months from start to end inclusive, after checking end ≥ start. */
export function monthsInRange(range: MonthRange): number[] {
  const { startMonth, endMonth } = MonthRangeSchema.parse(range);
  return Array.from({ length: endMonth - startMonth + 1 }, (_, i) => startMonth + i);
}

const MONTH_ABBREVIATIONS_IT = [
  "gen",
  "feb",
  "mar",
  "apr",
  "mag",
  "giu",
  "lug",
  "ago",
  "set",
  "ott",
  "nov",
  "dic",
] as const;

/** The calendar month ("YYYY-MM") of project month `month` when month 1 is `firstMonth`. */
export function calendarMonthOf(firstMonth: string, month: number): string {
  const [year = 0, monthOfYear = 1] = CalendarMonthSchema.parse(firstMonth).split("-").map(Number);
  const index = year * 12 + (monthOfYear - 1) + (month - 1);
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** "M7", or "mar 2026" when month 1 is pinned to the calendar. */
export function monthLabel(firstMonth: string | null, month: number): string {
  if (!firstMonth) return `M${month}`;
  const [year, monthOfYear] = calendarMonthOf(firstMonth, month).split("-").map(Number);
  return `${MONTH_ABBREVIATIONS_IT[(monthOfYear ?? 1) - 1]} ${year}`;
}

export interface GridRow {
  activityId: string;
  name: string;
  responsibleOrganisationId: string | null;
  /** One cell per project month: cells[0] is month 1. */
  cells: boolean[];
  /** Months set beyond the span, which the grid cannot show. */
  outsideSpan: number[];
}

export interface CronoprogrammaGrid {
  columns: { month: number; label: string }[];
  rows: GridRow[];
  /** How many activities run in each month: a quick view of the busiest periods. */
  activitiesPerMonth: number[];
}

/** The grid the editor draws and the export prints, from a well-typed cronoprogramma. */
export function cronoprogrammaGrid(value: Cronoprogramma): CronoprogrammaGrid {
  const span = value.spanMonths;
  const columns = Array.from({ length: span }, (_, i) => ({
    month: i + 1,
    label: monthLabel(value.firstMonth, i + 1),
  }));
  const rows: GridRow[] = value.activities.map((activity) => {
    const set = new Set(activity.months);
    return {
      activityId: activity.id,
      name: activity.name,
      responsibleOrganisationId: activity.responsibleOrganisationId,
      cells: columns.map((column) => set.has(column.month)),
      outsideSpan: activity.months.filter((month) => month > span),
    };
  });
  const activitiesPerMonth = columns.map((_, i) => rows.filter((row) => row.cells[i]).length);
  return { columns, rows, activitiesPerMonth };
}
