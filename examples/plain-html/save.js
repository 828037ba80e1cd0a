/*
 * The page's save handler, as a host writes one: the workspace comes from workspace.json beside the page,
 * unless the browser has a saved one in IndexedDB; every sl-change (a mark saved on the map) is stored there,
 * and an sl-error is shown in the page's status line. Both elements show the same workspace.
 */
"use strict";

const DATABASE = "systemledning-example";
const STORE = "workspaces";
const KEY = "current";

/** The database, made on first use. */
function openDatabase() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Run one request against the store. */
async function withStore(mode, makeRequest) {
  const database = await openDatabase();
  try {
    return await new Promise((resolve, reject) => {
      const request = makeRequest(database.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    database.close();
  }
}

const elements = () => [document.getElementById("map"), document.getElementById("timeline")];
const say = (text) => {
  document.getElementById("save-status").textContent = text;
};

async function start() {
  const saved = await withStore("readonly", (store) => store.get(KEY));
  for (const element of elements()) {
    // The element validates either at the core's door; a saved copy wins over the file.
    if (saved === undefined) element.src = "vendor/workspace.json";
    else element.workspace = JSON.parse(saved);
  }
  say(saved === undefined ? "Visar arbetsytan från workspace.json." : "Visar den sparade arbetsytan.");
}

document.addEventListener("sl-change", async (event) => {
  const workspace = event.detail.workspace;
  for (const element of elements()) if (element !== event.target) element.workspace = workspace;
  await withStore("readwrite", (store) => store.put(JSON.stringify(workspace), KEY));
  say(`Sparat: ${workspace.annotations.length} markeringar på kartan.`);
});

document.addEventListener("sl-error", (event) => {
  say(`Fel: ${event.detail.issues.map((issue) => issue.message.sv).join(" ")}`);
});

document.getElementById("forget").addEventListener("click", async () => {
  await withStore("readwrite", (store) => store.delete(KEY));
  say("Den sparade arbetsytan är borttagen; ladda om sidan för att visa workspace.json.");
});

start().catch((error) => say(`Fel: ${error.message}`));
