/**
 * SAMPLE DATA (invented): the marks of the regional system leadership's workshop on the system map. *Regional
 * årsrapport 2025* tells that Länschefsnätverket held a workshop on "Regional systemlednings roll och uppdrag" on 7
 * February 2025 (Bilaga 2) and that RSS offered such dialogues and workshops to the forums of the regional system
 * leadership (§4.1.1); the method is the workshop of *Att leda hela systemet* (Övning 1): each participant puts a ring
 * where they are in the system and writes their role, a green dot where governance works well, a red dot where it needs
 * to improve, and thinks especially of the gaps between the parts. Who stood where, the dots and every text below are
 * plausible sample data; the participants are the sample's fictitious members of LCHNV.
 */
import type { SystemAnnotation } from "../../system-map/schema.js";
import { deepFreeze } from "../shared/sample-builder.js";
import { DALARNA_REGIONAL_FORUM as F } from "./forums.js";
import { DALARNA_REGIONAL_LEADERSHIP_ID } from "./leaderships.js";
import { REGION_DALARNA_ORG_ID, RSS_DALARNA_ORG_ID } from "./municipalities.js";
import { DALARNA_BODY } from "./organisations-hierarchy.js";

/** The workshop the marks were made at: LCHNV's meeting of 7 February 2025, item "Regional systemlednings roll och uppdrag". */
export const DALARNA_WORKSHOP_ID = "workshop-lchnv-2025-02-07";
/** The day of the workshop: the map the participants marked is the one of this day. */
export const DALARNA_WORKSHOP_AS_OF = "2025-02-07";

const at = (time: string): string => `${DALARNA_WORKSHOP_AS_OF}T${time}:00+01:00`;
const node = (nodeId: string) => ({ type: "node" as const, nodeId });
const edge = (edgeId: string) => ({ type: "edge" as const, edgeId });
const gap = (a: string, b: string) => ({ type: "gap" as const, between: [a, b] as [string, string] });

const REGIONAL = `leadership:${DALARNA_REGIONAL_LEADERSHIP_ID}`;

/**
 * The workshop's 24 marks: seven positions (a ring and a role), seven green dots, seven red dots (three of
 * them in the gaps between parts) and three notes, on nodes, edges and gaps of the system and hierarchy views.
 */
export const DALARNA_WORKSHOP_ANNOTATIONS: readonly SystemAnnotation[] = deepFreeze(
  (
    [
      // Övning 1, step 1: "Sätt en ring där du finns i systemet och skriv din roll."
      [
        "position",
        node(`forum:${F.lchnv}`),
        "10:05",
        { author: "Tobias Pettersson", role: "Ordförande i Länschefsnätverket, vård- och omsorgschef i Falu kommun" },
      ],
      [
        "position",
        node("forum:f-vasterbergslagen"),
        "10:06",
        {
          author: "Ingrid Nilsson",
          role: "Vård- och omsorgschef i Ludvika kommun, ledamot i Västerbergslagens systemledning",
        },
      ],
      [
        "position",
        node("level:sektorschefer"),
        "10:06",
        { author: "Jesper Söderberg", role: "Hälso- och sjukvårdsdirektör, Region Dalarna" },
      ],
      [
        "position",
        node(`organisation:${DALARNA_BODY.healthAdministration}`),
        "10:07",
        { author: "Hanna Westman", role: "Primärvårdsdirektör i hälso- och sjukvårdsförvaltningen" },
      ],
      [
        "position",
        node(`organisation:${RSS_DALARNA_ORG_ID}`),
        "10:07",
        { author: "Monica Olsson", role: "Verksamhetschef på RSS Dalarna, sammankallande i LCHNV" },
      ],
      [
        "position",
        node("level:processgrupper"),
        "10:08",
        { author: "Jessica Skog", role: "Utvecklingsledare på RSS Dalarna, sekreterare i LCHNV" },
      ],
      [
        "position",
        node("forum:f-mora"),
        "10:08",
        { author: "Rebecka Björk", role: "Vård- och omsorgschef i Mora kommun" },
      ],
      // Step 3: green dots where governance of the transition works well.
      [
        "works-well",
        node(`forum:${F.schnv}`),
        "10:21",
        { author: "Rebecka Björk", text: "Socialchefsnätverket fattar tydliga gemensamma beslut och följer upp dem." },
      ],
      [
        "works-well",
        edge(`reports-to:leadership:ls-vasterbergslagen>${REGIONAL}`),
        "10:22",
        {
          author: "Ingrid Nilsson",
          text: "Besöket från det regionala stödet i januari gav en bra dialog mellan lokal och regional nivå.",
        },
      ],
      [
        "works-well",
        node(`organisation:${RSS_DALARNA_ORG_ID}`),
        "10:23",
        { text: "RSS bereder frågorna och håller ihop mötena mellan forumen." },
      ],
      [
        "works-well",
        node("leadership:ls-falun"),
        "10:23",
        { author: "Tobias Pettersson", text: "Den lokala planen i Falun är förankrad hos både kommunen och regionen." },
      ],
      [
        "works-well",
        edge(`collaborates:forum:${F.lchnv}>forum:${F.vfr}`),
        "10:24",
        { text: "LCHNV och Välfärdsrådet tog gemensamt beslut om en regional handlingsplan." },
      ],
      [
        "works-well",
        node("sector:primarvard"),
        "10:25",
        { author: "Hanna Westman", text: "Primärvården finns med i alla lokala systemledningar." },
      ],
      ["works-well", node(`forum:${F.lchnv}`), "10:26", {}],
      // Step 3: red dots where governance needs to improve — "Tänk särskilt på mellanrum och glapp i systemet!"
      [
        "needs-improvement",
        node(`forum:${F.lgrs}`),
        "10:31",
        {
          author: "Monica Olsson",
          text: "Oklart hur LGRS hänger ihop med God och nära vård; kommundirektörerna deltar sällan i dialogen.",
        },
      ],
      [
        "needs-improvement",
        gap(`forum:${F.lchnv}`, `forum:${F.bdu}`),
        "10:32",
        {
          text: "Politikerna i BDU och förvaltningscheferna i LCHNV möts aldrig – besluten hamnar i glappet mellan dem.",
        },
      ],
      [
        "needs-improvement",
        gap("level:processgrupper", "level:verksamhet"),
        "10:33",
        { author: "Jessica Skog", text: "Arbetsgrupperna tar fram underlag, men det når inte ut i verksamheten." },
      ],
      [
        "needs-improvement",
        gap(`organisation:${DALARNA_BODY.ludvikaSocialCommittee}`, "forum:f-vasterbergslagen"),
        "10:34",
        {
          author: "Ingrid Nilsson",
          text: "Hur förankras systemledningens beslut i socialnämnden? Den hierarkiska linjen och systemledningen talar inte med varandra.",
        },
      ],
      [
        "needs-improvement",
        edge(`covers:${REGIONAL}>organisation:${REGION_DALARNA_ORG_ID}`),
        "10:35",
        {
          author: "Jesper Söderberg",
          text: "Regionens linjeorganisation känner inte till vad den regionala systemledningen har beslutat.",
        },
      ],
      [
        "needs-improvement",
        node("missing:f-vansbro/skolchef"),
        "10:36",
        { text: "Skolan saknas i Vansbros systemledning – barn och unga faller mellan stolarna." },
      ],
      ["needs-improvement", node(`forum:${F.lgrs}`), "10:37", {}],
      // Notes on the flip chart.
      [
        "note",
        node("level:kommun-och-regiondirektorer"),
        "10:45",
        {
          text: "När kommundirektörerna uteblir sänder det starka signaler. Deras frånvaro blir väldigt närvarande i rummet.",
        },
      ],
      [
        "note",
        node(`forum:${F.vardradet}`),
        "10:46",
        { author: "Jesper Söderberg", text: "Vårdrådets roll i den regionala systemledningen behöver beskrivas." },
      ],
      [
        "note",
        gap(REGIONAL, "leadership:ls-vansbro"),
        "10:47",
        {
          text: "Vi måste packa om paketet så att det kan lösas ut på nästa nivå: uppdragen från länet behöver bli konkreta för de små kommunernas systemledningar.",
        },
      ],
    ] as const
  ).map(([kind, target, time, extra], i): SystemAnnotation => {
    const annotation: SystemAnnotation = {
      id: `workshop-2025-02-07-${String(i + 1).padStart(2, "0")}`,
      workshopId: DALARNA_WORKSHOP_ID,
      kind,
      target,
      createdAt: at(time),
    };
    if ("role" in extra) annotation.role = extra.role;
    if ("text" in extra) annotation.text = extra.text;
    if ("author" in extra) annotation.author = extra.author;
    return annotation;
  }),
);
