/**
 * Storybook's portable stories for the tests outside this package (tests/stories/): the React renderer's
 * `composeStories` and `setProjectAnnotations`, resolved from here, where the renderer is installed.
 */
export { composeStories, setProjectAnnotations } from "@storybook/react-vite";
