/**
 * moment's locale files register themselves on import and ship no types: the vis-timeline page imports
 * the Swedish one for its side effect only (Swedish month and day names on vis-timeline's axis).
 */
declare module "moment/locale/sv";
