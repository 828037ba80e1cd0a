/**
 * The check-ins (*avstämningar*): {@link CheckInForm}, where a leadership reports each activity's status on a plan
 * and answers the Metodstöd's follow-up questions, with a draft that survives a reload; and {@link CheckInHistory},
 * the check-ins per leadership in time order with the missing ones listed.
 * @module
 */
export { CheckInForm, type CheckInChangeContext, type CheckInFormProps } from "./check-in-form.js";
export { CheckInHistory, type CheckInHistoryProps } from "./check-in-history.js";
export { CHECK_IN_MESSAGES, type CheckInMessageKey } from "./messages.js";
