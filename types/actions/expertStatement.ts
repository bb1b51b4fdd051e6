/** The expert's yearly service statement (服务证明): their confirmed visits of a year, as a page and a Word file. */
import type { VisitRatingAspect } from '../catalogue';
import type { CalendarDate, Industry, Instant, ServiceType } from '../domain';
import type { ExportedFile } from './documents';

/** A demand unit's rating of one visit, and its three scores' mean. */
export interface StatementRating extends Record<VisitRatingAspect, number> {
  comment: string;
  /** The mean of the three scores, to one decimal. */
  average: number;
}

/** One confirmed visit as the statement lists it. */
export interface StatementVisit {
  visitId: string;
  /** The check-in's calendar date in Asia/Shanghai. */
  date: CalendarDate;
  checkInAt: Instant;
  stationId: string;
  stationName: string;
  societyName: string;
  /** Both '' for a visit that served no recorded need. */
  needId: string;
  needTitle: string;
  serviceType: ServiceType;
  durationMinutes: number;
  /** What was done, as the expert reported it at check-out. */
  summary: string;
  outcomes: string;
  rating: StatementRating | null;
}

export interface StatementTotals {
  visits: number;
  minutes: number;
  /** Distinct stations and distinct needs served. */
  stations: number;
  needs: number;
}

/** The averages over the year's rated visits, to one decimal; null when none was rated. */
export interface StatementRatings extends Record<VisitRatingAspect, number> {
  ratedVisits: number;
  average: number;
}

export interface StatementExpert {
  name: string;
  workUnit: string;
  title: string;
  province: string;
  expertise: string[];
  industries: Industry[];
}

export interface ExpertStatement {
  year: number;
  /** Every year from the expert's first confirmed visit to this one, newest first (this year alone when none). */
  years: number[];
  expert: StatementExpert;
  /** Oldest first. */
  visits: StatementVisit[];
  totals: StatementTotals;
  ratings: StatementRatings | null;
  /** The stations served, and their societies, in the order first served: who stamps the paper. */
  stations: { stationId: string; stationName: string; societyName: string }[];
  societies: string[];
}

/** The expert statement actions: request and response of each. */
export interface ExpertStatementActions {
  /** The caller's own statement for `year` (this year in Asia/Shanghai when absent). */
  'reports.expertStatement': { request: { year?: number }; response: ExpertStatement };
  /** The same as a Word file to print and have stamped. */
  'reports.expertStatementDocument': { request: { year: number }; response: ExportedFile };
}
