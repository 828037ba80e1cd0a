/**
 * People of the Kalmar sample, all invented (ordinary Swedish names, checked against the source documents by the
 * sources check, docs/sources.md). Ids read `p-<municipality>-<office>` for municipal people, `p-rk-…` for Region
 * Kalmar län, `p-kf-…` for Kommunförbundet and `p-brukare-<n>` for user representatives.
 */
import type { Person } from "../../structure/schema.js";
import { deepFreeze, peopleFromRows, type PersonRow } from "../shared/sample-builder.js";

const ROWS: readonly PersonRow[] = [
  ["p-hogsby-pol", "Maja Söderberg", "Ordförande i socialnämnden"],
  ["p-hogsby-soc", "Lena Holmgren", "Socialchef"],
  ["p-torsas-pol", "Britt Brändström", "Ordförande i socialnämnden"],
  ["p-torsas-soc", "Birgitta Hallberg", "Socialchef"],
  ["p-morbylanga-soc", "Teresia Tallberg", "Socialchef"],
  ["p-hultsfred-soc", "Ulf Ericsson", "Socialchef"],
  ["p-monsteras-soc", "Josefin Ericsson", "Socialchef"],
  ["p-emmaboda-soc", "Wilma Johansson", "Enhetschef, socialförvaltningen"],
  ["p-kalmar-pol", "Margareta Jons", "Ordförande i omsorgsnämnden"],
  ["p-kalmar-soc", "Wilma Blomgren", "Socialdirektör"],
  ["p-nybro-pol", "Göran Nilsson", "Ordförande i socialnämnden"],
  ["p-nybro-soc", "Hedvig Sundqvist", "Socialchef"],
  ["p-oskarshamn-pol", "Eva Sundqvist", "Ordförande i socialnämnden"],
  ["p-oskarshamn-soc", "Jesper Falk", "Socialchef"],
  ["p-vastervik-soc", "Oskar Palm", "Socialchef"],
  ["p-vimmerby-pol", "Pernilla Åberg", "Ordförande i socialnämnden"],
  ["p-vimmerby-soc", "Johanna Ericsson", "Socialchef"],
  ["p-borgholm-pol", "Tobias Palm", "Ordförande i socialnämnden"],
  ["p-borgholm-soc", "Hanna Kvist", "Socialchef"],
  ["p-rk-ordf", "Hugo Sjöberg", "Regionråd, ordförande i hälso- och sjukvårdsnämnden"],
  ["p-rk-vice", "Cecilia Wallin", "Regionråd"],
  ["p-rk-hsdir", "Henrik Tapper", "Hälso- och sjukvårdsdirektör"],
  ["p-rk-pvdir", "Kjell Lagerqvist", "Primärvårdsdirektör"],
  ["p-rk-psykdir", "Rasmus Sandberg", "Psykiatridirektör"],
  ["p-rk-samordnare", "Anders Pettersson", "Samordnare Nära vård"],
  ["p-rk-sekr", "Elsa Björk", "Nämndsekreterare"],
  ["p-rk-utv", "Elvira Östlund", "Verksamhetsutvecklare"],
  ["p-kf-direktor", "Dag Lagerqvist", "Förbundsdirektör"],
  ["p-kf-processledare", "Marcus Axelsson", "Processledare Nära vård"],
  ["p-brukare-1", "Kjell Granlund", "Brukarrepresentant"],
  ["p-brukare-2", "Ulf Rask", "Brukarrepresentant"],
  ["p-brukare-3", "Stefan Kolmodin", "Brukarrepresentant"],
  ["p-brukare-4", "Vera Forsberg", "Brukarrepresentant"],
  ["p-brukare-5", "Helena Unger", "Brukarrepresentant"],
  ["p-brukare-6", "Gunilla Hultgren", "Brukarrepresentant"],
  ["p-brukare-7", "Jakob Eriksson", "Brukarrepresentant"],
  ["p-brukare-8", "Britt Palm", "Brukarrepresentant"],
];

/** Every person of the Kalmar sample. */
export const KALMAR_PEOPLE: readonly Person[] = deepFreeze(peopleFromRows(ROWS));
