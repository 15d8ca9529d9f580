// Learning analytics for those who lead people: assignment compliance (who is overdue), hours of buddy training
// and mentoring per person and team, a drill-down per learner, and each as CSV. It owns no tables: it asks bites,
// learning and orgs for what it shows, and decides whom the viewer may see (access.ts).
export { learningAnalytics, type LearningAnalytics, type TeamAnalytics } from './overview';
export { personAnalytics, type PersonAnalytics } from './person';
export { complianceCsv, hoursCsv, personCsv, type CsvDownload } from './csv';
export { NO_TEAM } from './access';
export { DEFAULT_DAYS, assignmentStatus, periodOf, type AssignmentStatus } from './period';
