import type { ApplicationChange, ApplicationCommand, ApplicationContent, ApplicationReviewEntry } from '../application';
import type { ApplicationSection, ApplicationStatus, ReviewStep, SocietyLevel } from '../catalogue';
import type { Attachment, CalendarDate, Instant } from '../domain';
import type { ErrorCode } from '../errors';
import type { ExportedFile } from './documents';
import type { Page, PageRequest } from './session';

export interface ApplicationSummary {
  id: string;
  societyId: string;
  societyName: string;
  level: SocietyLevel;
  stationName: string;
  status: ApplicationStatus;
  /** Submissions so far; 0 for a draft never submitted. */
  version: number;
  updatedAt: Instant;
  submittedAt?: Instant;
}

/** A reason the application cannot be submitted as it stands. */
export interface ApplicationProblemView {
  code: ErrorCode;
  section: ApplicationSection;
  message: string;
}

export interface ApplicationDetail extends ApplicationSummary {
  content: ApplicationContent;
  budgetTotalFen: number;
  reviews: ApplicationReviewEntry[];
  /** While the society may edit: what would refuse a submit now, so the form can show it early. */
  problems: ApplicationProblemView[];
  /** What the last submission changed from the one before, for the reviewer. */
  changes: ApplicationChange[];
  /** What the caller may do now. */
  commands: ApplicationCommand[];
  /** Once recognised: the station, and the invitation code for its head to bind. */
  stationId?: string;
  headInvitationCode?: string;
  /** applications.get only: temporary download URLs of the 申报书's and the reviews' files, by file id. */
  fileUrls?: Record<string, string>;
}

/** A city step; the recognition and the plaque carry their own records. */
export interface ApplicationReviewInput {
  applicationId: string;
  step: ReviewStep | 'return' | 'refuse';
  opinion: string;
  attachments: Attachment[];
  /** 认定 */
  documentNumber?: string;
  recognisedOn?: CalendarDate;
  subsidyFen?: number;
  subsidyReason?: string;
  /** 挂牌 */
  plaquedOn?: CalendarDate;
}

export interface ApplicationActions {
  'applications.list': { request: PageRequest & { status?: ApplicationStatus }; response: Page<ApplicationSummary> };
  'applications.get': { request: { applicationId: string }; response: ApplicationDetail };
  /** A new draft with the society block filled from the society's record. */
  'applications.start': { request: { societyId: string }; response: ApplicationDetail };
  'applications.saveDraft': {
    request: { applicationId: string; content: ApplicationContent };
    response: ApplicationDetail;
  };
  'applications.submit': { request: { applicationId: string }; response: ApplicationDetail };
  'applications.review': { request: ApplicationReviewInput; response: ApplicationDetail };
  /** The printed 申报书 (DOCX): as it stands, or a submitted version. */
  'applications.document': { request: { applicationId: string; version?: number }; response: ExportedFile };
  /** Every application received and its state, to Excel (the city admin). */
  'applications.export': { request: { status?: ApplicationStatus }; response: ExportedFile };
}
