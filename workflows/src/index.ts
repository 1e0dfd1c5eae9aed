export { dossierWorkflow } from './dossier.workflow';
export { feedbackWorkflow } from './feedback.workflow';
