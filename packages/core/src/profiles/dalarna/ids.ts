/**
 * The ids in the Dalarna sample that tests, stories and hosts name: literal constants, so that naming one needs no
 * data. The records they name are in packages/core/counties/dalarna (docs/decisions/0018);
 * tests/core/profiles/dalarna-sample.test.ts proves each id is there.
 */

/** The id of Dalarna's self-assessment instrument (*Självskattning God och nära vård i Dalarna*). */
export const DALARNA_SELF_ASSESSMENT_ID = "dalarna-sjalvskattning";
/** The id of the event-poll instrument of Systemledningsdagen ("Hur stärkt och rustad känner du dig just nu?"). */
export const DALARNA_READINESS_POLL_ID = "dalarna-rustad";
/** The id of the 2023 self-assessment round. */
export const DALARNA_ROUND_2023_ID = "sjalvskattning-2023";
/** The id of the 2024 self-assessment round. */
export const DALARNA_ROUND_2024_ID = "sjalvskattning-2024";
/** The id of the 2025 self-assessment round. */
export const DALARNA_ROUND_2025_ID = "sjalvskattning-2025";
/** The id of the poll round at Systemledningsdagen 2025. */
export const DALARNA_POLL_2025_ID = "systemledningsdagen-2025-rustad";
/** The id of the regional action plan (frail elderly). */
export const DALARNA_REGIONAL_PLAN_ID = "plan-regional-skora-aldre";
/** The family of the example in *Att leda hela systemet* (its perspective slide), in Ludvika: its id. */
export const DALARNA_FAMILY_GROUP_ID = "familj-barn-med-funktionsvariation";
/** The frail elderly of the regional action plan: its id. */
export const DALARNA_FRAIL_ELDERLY_GROUP_ID = "skora-aldre";
/** The workshop the marks were made at: LCHNV's meeting of 7 February 2025, item "Regional systemlednings roll och uppdrag". */
export const DALARNA_WORKSHOP_ID = "workshop-lchnv-2025-02-07";
/** The day of the workshop: the map the participants marked is the one of this day. */
export const DALARNA_WORKSHOP_AS_OF = "2025-02-07";

/** Ids of the sample events. */
export const DALARNA_EVENT_IDS = {
  /** Regionalt nätverk, 6 May 2025 (Bilaga 2). */
  regionalNetwork2025: "ev-regionalt-natverk-2025-05-06",
  /** Regionalt informationsforum, 29 April 2025 (Bilaga 2). */
  informationForumSpring2025: "ev-regionalt-informationsforum-2025-04-29",
  /** Regionalt informationsforum, 7 October 2025 (Bilaga 2). */
  informationForumAutumn2025: "ev-regionalt-informationsforum-2025-10-07",
  /** Systemledningsdag, 13 November 2025 (Bilaga 2). */
  leadershipDay2025: "ev-systemledningsdag-2025-11-13",
  /** Mötesforum Nära vård (SKR), 10 February 2026: sample data. */
  nationalForum2026: "ev-skr-motesforum-nara-vard-2026-02-10",
  /** Regionalt nätverk, 17 March 2026: sample data. */
  regionalNetwork2026: "ev-regionalt-natverk-2026-03-17",
  /** Dialogue with the pensioners' organisations in Falun, 24 March 2026: sample data. */
  falunDialogue2026: "ev-falun-brukardialog-2026-03-24",
  /** A SIP training in Västerbergslagen, 21 April 2026, cancelled: sample data. */
  sipTraining2026: "ev-vasterbergslagen-sip-utbildning-2026-04-21",
  /** Regionalt informationsforum, 28 April 2026: sample data. */
  informationForum2026: "ev-regionalt-informationsforum-2026-04-28",
  /** LCHNV's two development days, 27–28 August 2026: sample data. */
  lchnvDevelopmentDays2026: "ev-lchnv-utvecklingsdagar-2026-08-27",
  /** Systemledningsdag, 12 November 2026: sample data. */
  leadershipDay2026: "ev-systemledningsdag-2026-11-12",
} as const;

/** Ids of the bodies other modules of the sample refer to (the citizen groups, the workshop's marks). */
export const DALARNA_BODY = {
  regionCouncil: "org-rd-regionfullmaktige",
  regionBoard: "org-rd-regionstyrelsen",
  healthCommittee: "org-rd-hsn",
  developmentCommittee: "org-rd-run",
  healthAdministration: "org-rd-hsf",
  healthCentreLudvika: "org-rd-hc-ludvika",
  healthCentreSmedjebacken: "org-rd-hc-smedjebacken",
  ludvikaHospital: "org-rd-ludvika-lasarett",
  habilitation: "org-rd-habiliteringen",
  childPsychiatry: "org-rd-bup",
  dentalService: "org-rd-folktandvarden",
  ludvikaCouncil: "org-ludvika-kf",
  ludvikaBoard: "org-ludvika-ks",
  ludvikaSocialCommittee: "org-ludvika-sn",
  ludvikaEducationCommittee: "org-ludvika-bun",
  ludvikaSocialAdministration: "org-ludvika-sof",
  ludvikaEducationAdministration: "org-ludvika-buf",
  ludvikaFamilyCare: "org-ludvika-ifo",
  ludvikaDisabilitySupport: "org-ludvika-lss",
  ludvikaHomeCare: "org-ludvika-hemtjanst",
  ludvikaPupilHealth: "org-ludvika-elevhalsa",
  ludvikaSchools: "org-ludvika-grundskola",
  smedjebackenCouncil: "org-smedjebacken-kf",
  smedjebackenBoard: "org-smedjebacken-ks",
  smedjebackenSocialCommittee: "org-smedjebacken-sn",
  smedjebackenEducationCommittee: "org-smedjebacken-bun",
  smedjebackenSocialAdministration: "org-smedjebacken-sof",
  smedjebackenEducationAdministration: "org-smedjebacken-buf",
  smedjebackenFamilyCare: "org-smedjebacken-ifo",
  smedjebackenHomeCare: "org-smedjebacken-hemtjanst",
  smedjebackenPupilHealth: "org-smedjebacken-elevhalsa",
} as const;
