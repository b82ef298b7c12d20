export default defineBackground(() => {
  // The service worker has no work yet: the content script, popup and options read settings straight
  // from storage. Context menu and keyboard commands are wired here when they arrive.
});
