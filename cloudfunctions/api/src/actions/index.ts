import { assessmentDocument, exportAssessments } from './assessmentDocuments';
import {
  getApplication,
  listApplications,
  saveApplicationDraft,
  startApplication,
  submitApplication,
} from './applications';
import { applicationDocument, exportApplications } from './applicationDocument';
import { reviewApplication } from './applicationReview';
import { getAssessment } from './assessments';
import { commentOnAssessment, saveAssessmentReport, submitAssessment, withdrawAssessment } from './assessmentReport';
import { recommendAssessment, reviewAssessment } from './assessmentReview';
import { getRound, listAssessmentRounds, openRound, setRoundDeadline } from './assessmentRounds';
import { addBlacklistEntry, importBlacklist, listBlacklist, removeBlacklistEntry } from './blacklist';
import { expertStatement, expertStatementDocument } from './expertStatement';
import { exportAudit } from './auditExport';
import { listAudit } from './audit';
import { bindInvitation, createInvitation, listInvitations, previewInvitation, revokeInvitation } from './invitations';
import { submitEvaluation, summariseStationEvaluations } from './evaluations';
import { expertPool, inviteFromPool } from './expertPool';
import { ledgerOverview, recordExpense, recordGrant, recordRefund, stationLedger } from './ledger';
import { exportLedger } from './ledgerExport';
import { needCandidates } from './needCandidates';
import { createNeed, getNeed, listNeeds } from './needs';
import {
  acceptNeed,
  assignNeed,
  declineNeed,
  evaluateNeed,
  proposeNeedResolution,
  resolveNeed,
  withdrawNeed,
} from './needSteps';
import { createStationCode, resolveStationScene, unitCode } from './presence';
import { getProfile, updateProfile } from './profile';
import { quotaDashboard, quotaProgress } from './quotas';
import { exportDashboard, exportVisits } from './quotaExport';
import { rebuildQuotas } from './quotaRebuild';
import { setYearClose } from './quotaYear';
import { expertRatings, rateVisit } from './ratings';
import { listRoster, removeFromRoster } from './roster';
import { getServiceConfirmation, serviceConfirmationDocument } from './serviceConfirmation';
import { whoami } from './session';
import { evaluationSummary, evaluationSummaryWorkbook } from './evaluationSummary';
import { stationRosterExport, stationVisitLog } from './stationExports';
import { societyAnnualDocument, societyAnnualReport, societyAnnualWorkbook } from './societyReport';
import { createSociety, getSociety, listSocieties, updateSociety } from './societies';
import { decideStationChange, listStationChanges, requestStationChange } from './stationChanges';
import { decideStationClosure, listStationClosures, requestStationClosure } from './stationClosures';
import { createStation, getStation, listStations, updateStation } from './stations';
import { resumeStation, revokeStation, suspendStation } from './stationStatus';
import { stationTodos } from './todos';
import type { ActionTable } from './types';
import { checkIn } from './visitCheckIn';
import { makeUpAllowanceOf, makeUpVisit } from './visitMakeUp';
import { checkOut, correctVisit } from './visitReports';
import { reviewVisit, revokeVisit } from './visitReview';
import { currentVisit, getVisit, myVisits, reviewQueue, stationVisits } from './visits';

export const actions: ActionTable = {
  'session.whoami': whoami,
  'profile.get': getProfile,
  'profile.update': updateProfile,
  'societies.list': listSocieties,
  'societies.create': createSociety,
  'societies.get': getSociety,
  'societies.update': updateSociety,
  'applications.list': listApplications,
  'applications.get': getApplication,
  'applications.start': startApplication,
  'applications.saveDraft': saveApplicationDraft,
  'applications.submit': submitApplication,
  'applications.review': reviewApplication,
  'applications.document': applicationDocument,
  'applications.export': exportApplications,
  'ledger.station': stationLedger,
  'ledger.overview': ledgerOverview,
  'ledger.grant': recordGrant,
  'ledger.expense': recordExpense,
  'ledger.refund': recordRefund,
  'ledger.export': exportLedger,
  'blacklist.list': listBlacklist,
  'blacklist.add': addBlacklistEntry,
  'blacklist.remove': removeBlacklistEntry,
  'blacklist.import': importBlacklist,
  'stations.list': listStations,
  'stations.get': getStation,
  'stations.create': createStation,
  'stations.update': updateStation,
  'stations.requestChange': requestStationChange,
  'stations.decideChange': decideStationChange,
  'stations.changes': listStationChanges,
  'stations.suspend': suspendStation,
  'stations.resume': resumeStation,
  'stations.revoke': revokeStation,
  'stations.requestClosure': requestStationClosure,
  'stations.decideClosure': decideStationClosure,
  'stations.closures': listStationClosures,
  'stations.todos': stationTodos,
  'roster.list': listRoster,
  'roster.remove': removeFromRoster,
  'invitations.create': createInvitation,
  'invitations.list': listInvitations,
  'invitations.revoke': revokeInvitation,
  'invitations.preview': previewInvitation,
  'invitations.bind': bindInvitation,
  'experts.pool': expertPool,
  'experts.invite': inviteFromPool,
  'needs.create': createNeed,
  'needs.list': listNeeds,
  'needs.get': getNeed,
  'needs.candidates': needCandidates,
  'needs.accept': acceptNeed,
  'needs.assign': assignNeed,
  'needs.decline': declineNeed,
  'needs.withdraw': withdrawNeed,
  'needs.proposeResolution': proposeNeedResolution,
  'needs.resolve': resolveNeed,
  'needs.evaluate': evaluateNeed,
  'evaluations.submit': submitEvaluation,
  'evaluations.summary': summariseStationEvaluations,
  'visits.checkIn': checkIn,
  'visits.checkOut': checkOut,
  'visits.current': currentVisit,
  'visits.mine': myVisits,
  'visits.get': getVisit,
  'visits.ofStation': stationVisits,
  'visits.reviewQueue': reviewQueue,
  'visits.review': reviewVisit,
  'visits.correct': correctVisit,
  'visits.makeUp': makeUpVisit,
  'visits.makeUpAllowance': makeUpAllowanceOf,
  'visits.rate': rateVisit,
  'visits.revoke': revokeVisit,
  'ratings.experts': expertRatings,
  'quotas.progress': quotaProgress,
  'quotas.dashboard': quotaDashboard,
  'quotas.exportDashboard': exportDashboard,
  'quotas.exportVisits': exportVisits,
  'quotas.rebuild': rebuildQuotas,
  'quotas.setYearClose': setYearClose,
  'stationCodes.create': createStationCode,
  'stationCodes.resolve': resolveStationScene,
  'presence.unitCode': unitCode,
  'assessments.openRound': openRound,
  'assessments.setDeadline': setRoundDeadline,
  'assessments.rounds': listAssessmentRounds,
  'assessments.round': getRound,
  'assessments.get': getAssessment,
  'assessments.saveReport': saveAssessmentReport,
  'assessments.submit': submitAssessment,
  'assessments.withdraw': withdrawAssessment,
  'assessments.comment': commentOnAssessment,
  'assessments.review': reviewAssessment,
  'assessments.recommend': recommendAssessment,
  'assessments.document': assessmentDocument,
  'assessments.export': exportAssessments,
  'reports.serviceConfirmation': getServiceConfirmation,
  'reports.serviceConfirmationDocument': serviceConfirmationDocument,
  'reports.stationVisitLog': stationVisitLog,
  'reports.stationRoster': stationRosterExport,
  'reports.evaluationSummary': evaluationSummary,
  'reports.evaluationSummaryWorkbook': evaluationSummaryWorkbook,
  'reports.societyAnnual': societyAnnualReport,
  'reports.societyAnnualWorkbook': societyAnnualWorkbook,
  'reports.societyAnnualDocument': societyAnnualDocument,
  'reports.expertStatement': expertStatement,
  'reports.expertStatementDocument': expertStatementDocument,
  'audit.list': listAudit,
  'audit.export': exportAudit,
};
