/** Every text the task pane shows, in Swedish: components read them from here, never from literals. */
export const sv = {
  appTitle: "Finsam Planner",
  intro: "Budget, medlemsavgifter och uppföljning för samordningsförbundet – direkt i Excel.",
};
