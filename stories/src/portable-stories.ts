/**
 * The preview's annotations and Storybook's portable-stories functions for tests outside this package
 * (tests/stories/switches.browser.test.tsx): `@storybook/react-vite` is a dependency of the stories only, so a
 * test reaches it, and the very preview the toolbar uses, through here.
 */
export { composeStories, setProjectAnnotations, type composeStory } from "@storybook/react-vite";
export { default as preview } from "../.storybook/preview.js";
