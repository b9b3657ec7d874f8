// The jsm2fa management page: signs the admin in with the authorization code flow and PKCE
// (public client "jsm2fa-management"), keeps tokens in memory only, and calls the management API.
// Its texts come with index.html, in the language the server chose (see ManagementLocale).
"use strict";

const CLIENT_ID = "jsm2fa-management";
const PAGE_SIZE = 20;
const match = window.location.pathname.match(/^(.*)\/realms\/([^/]+)\/jsm2fa-manage\/?/);
const ROOT = window.location.origin + match[1];
const REALM = decodeURIComponent(match[2]);
const $ = (id) => document.getElementById(id);
const MESSAGES = JSON.parse($("manage-messages").textContent);
const LANG = document.documentElement.lang;
// A language asked for in the address stays through the sign-in; otherwise Keycloak's locale
// cookie (the admin's own language once signed in) or the browser's decides.
const ASKED = new URLSearchParams(window.location.search);
const REDIRECT_URI = ROOT + "/realms/" + encodeURIComponent(REALM) + "/jsm2fa-manage/" +
  (ASKED.has("kc_locale") || ASKED.has("ui_locales") ? "?kc_locale=" + encodeURIComponent(LANG) : "");
const OIDC = ROOT + "/realms/" + encodeURIComponent(REALM) + "/protocol/openid-connect";
const API = ROOT + "/admin/realms/" + encodeURIComponent(REALM) + "/jsm2fa-management";

const tokens = { access: null, refresh: null, id: null };
let first = 0;
let lastPageSize = 0;
let listRequest = 0;

/** The page's text for key with {0}, {1}, ... filled in; never the key itself. */
function t(key, ...args) {
  const text = MESSAGES[key];
  if (text === undefined) {
    console.warn("jsm2fa: no text for " + key);
    return "";
  }
  return text.replace(/\{(\d+)\}/g, (whole, i) => (i < args.length ? String(args[i]) : whole));
}

const number = (n) => Number(n).toLocaleString(LANG);
const dateTime = (millis) => new Date(millis).toLocaleString(LANG);

/** The label of an action id, as the bulk list shows it. */
const ACTION_KEYS = {
  "reset-mfa": "manageActionResetMfa", "unlock": "manageActionUnlock",
  "enable-2fa": "manageActionEnableTwoFactor", "disable-2fa": "manageActionDisableTwoFactor",
  "reset-password": "manageActionResetPassword", "delete": "manageActionDelete",
};
const actionLabel = (action) => (ACTION_KEYS[action] ? t(ACTION_KEYS[action]) : action);

/** Words of the server's codes (decisions, error codes, import kinds) become a key's suffix. */
function codeText(prefix, code, fallback) {
  const suffix = String(code).toLowerCase().split(/[_-]/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");
  return MESSAGES[prefix + suffix] !== undefined ? t(prefix + suffix) : fallback;
}

function base64Url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function randomString() {
  return base64Url(crypto.getRandomValues(new Uint8Array(32)));
}

async function signIn() {
  const verifier = randomString();
  const state = randomString();
  // The token request must name the very redirect URI of this request, whatever language the page
  // picks when Keycloak sends the admin back.
  sessionStorage.setItem("jsm2fa.pkce", JSON.stringify({ verifier, state, redirectUri: REDIRECT_URI }));
  const challenge = base64Url(
    await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier)));
  const params = new URLSearchParams({
    client_id: CLIENT_ID, response_type: "code", scope: "openid", redirect_uri: REDIRECT_URI,
    state, code_challenge: challenge, code_challenge_method: "S256", ui_locales: LANG,
  });
  window.location.assign(OIDC + "/auth?" + params);
}

function signOut() {
  const params = new URLSearchParams({ client_id: CLIENT_ID, post_logout_redirect_uri: REDIRECT_URI });
  if (tokens.id) params.set("id_token_hint", tokens.id);
  window.location.assign(OIDC + "/logout?" + params);
}

async function tokenRequest(body) {
  const response = await fetch(OIDC + "/token", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(body),
  });
  if (!response.ok) throw new Error(t("manageErrorSignIn", response.status));
  const json = await response.json();
  tokens.access = json.access_token;
  tokens.refresh = json.refresh_token || tokens.refresh;
  tokens.id = json.id_token || tokens.id;
}

async function finishSignIn(query) {
  const saved = JSON.parse(sessionStorage.getItem("jsm2fa.pkce") || "{}");
  sessionStorage.removeItem("jsm2fa.pkce");
  window.history.replaceState({}, "", saved.redirectUri || REDIRECT_URI);
  if (!saved.state || saved.state !== query.get("state")) throw new Error(t("manageErrorSignInNotStarted"));
  await tokenRequest({
    grant_type: "authorization_code", client_id: CLIENT_ID, code: query.get("code"),
    redirect_uri: saved.redirectUri, code_verifier: saved.verifier,
  });
}

/** A request with the admin's token; an expired token is renewed once and the request sent again. */
async function authorized(url, init, retried) {
  const headers = Object.assign({ Authorization: "Bearer " + tokens.access }, init.headers);
  const response = await fetch(url, Object.assign({}, init, { headers }));
  if (response.status === 401 && !retried && tokens.refresh) {
    await tokenRequest({ grant_type: "refresh_token", client_id: CLIENT_ID, refresh_token: tokens.refresh });
    return authorized(url, init, true);
  }
  return response;
}

async function call(method, path, body) {
  const response = await authorized(API + path, {
    method,
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 403) throw new Error(t("manageErrorForbidden"));
  if (!response.ok) throw new Error(t("manageErrorServer", response.status));
  return response.status === 204 ? null : response.json();
}

function say(text) {
  $("status").textContent = text;
}

async function loadDashboard() {
  const d = await call("GET", "/dashboard");
  for (const key of ["customers", "enrolled", "skipped", "inGrace", "locked", "enrollmentBlocked"]) {
    $("stat-" + key).textContent = number(d[key]);
  }
  const methods = $("stat-methods");
  methods.replaceChildren();
  for (const [method, count] of Object.entries(d.enrolledByMethod)) {
    const box = document.createElement("div");
    const dt = document.createElement("dt");
    const dd = document.createElement("dd");
    dt.textContent = codeText("policyMethod", method, method);
    dd.textContent = number(count);
    dd.id = "stat-method-" + method;
    box.append(dt, dd);
    methods.append(box);
  }
  const last = d.lastImports[0];
  $("stat-imports").textContent = last
    ? t("manageImportLast", codeText("manageImportKind", last.kind, last.kind),
      codeText("manageImportStatus", last.status, last.status), dateTime(last.startedAt),
      number(last.added), number(last.updated), number(last.disabled), number(last.failed))
    : t("manageImportNone");
}

function cell(row, text) {
  const td = document.createElement("td");
  td.textContent = text;
  row.append(td);
  return td;
}

function actionButton(td, label, action, customer) {
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = label;
  button.setAttribute("aria-label", t("manageActionFor", label, customer.username));
  button.dataset.action = action;
  button.addEventListener("click", () => runAction(action, [customer]));
  td.append(button);
}

async function loadCustomers() {
  const params = new URLSearchParams({ first: String(first), max: String(PAGE_SIZE), search: $("search").value });
  const mine = ++listRequest;
  const page = await call("GET", "/customers?" + params);
  // A slower earlier answer (the first page, before a search) must not replace a newer one.
  if (mine !== listRequest) return;
  const body = $("customer-table").querySelector("tbody");
  body.replaceChildren();
  lastPageSize = page.customers.length;
  for (const c of page.customers) {
    const row = document.createElement("tr");
    row.dataset.id = c.id;
    const pick = document.createElement("input");
    pick.type = "checkbox";
    pick.className = "pick";
    pick.value = c.id;
    pick.dataset.username = c.username;
    pick.setAttribute("aria-label", t("manageSelectCustomerLabel", c.username));
    cell(row, "").append(pick);
    cell(row, c.username);
    cell(row, c.email || "");
    cell(row, c.methods.length
      ? c.methods.map((m) => codeText("policyMethod", m, m)).join(", ") : t("manageMethodsNone"));
    cell(row, c.twoFactorDisabled ? t("manageTwoFactorDisabled")
      : c.skipped ? t("manageDecisionSkipped")
        : codeText("manageDecision", c.decision, c.decision.toLowerCase()));
    cell(row, c.locked ? t("manageYes") : t("manageNo"));
    cell(row, c.lastLogin ? dateTime(c.lastLogin) : t("manageNever"));
    const actions = cell(row, "");
    for (const action of ["reset-mfa", "unlock", c.twoFactorDisabled ? "enable-2fa" : "disable-2fa"]) {
      actionButton(actions, actionLabel(action), action, c);
    }
    if (c.enrollmentBlocked) actionButton(actions, t("manageActionAllowEnrollment"), "enable-2fa", c);
    actionButton(actions, actionLabel("reset-password"), "reset-password", c);
    actionButton(actions, actionLabel("delete"), "delete", c);
    body.append(row);
  }
  $("select-all").checked = false;
  $("page-info").textContent = lastPageSize === 0
    ? t("managePageEmpty")
    : t("managePageInfo", number(first + 1), number(first + lastPageSize));
  $("prev").disabled = first === 0;
  $("next").disabled = lastPageSize < PAGE_SIZE;
}

function confirmAction(text) {
  return new Promise((resolve) => {
    const dialog = $("confirm");
    $("confirm-text").textContent = text;
    dialog.addEventListener("close", () => resolve(dialog.returnValue === "ok"), { once: true });
    dialog.showModal();
  });
}

async function runAction(action, customers) {
  const names = customers.map((c) => c.username).join(", ");
  const question = customers.length === 1
    ? t("manageConfirmOne", actionLabel(action), names)
    : t("manageConfirmMany", actionLabel(action), number(customers.length), names);
  if (!(await confirmAction(question))) return;
  try {
    const answer = await call("POST", "/customers/bulk", { action, ids: customers.map((c) => c.id) });
    const byId = new Map(customers.map((c) => [c.id, c.username]));
    const list = $("results");
    list.replaceChildren();
    for (const r of answer.results) {
      const item = document.createElement("li");
      item.className = r.ok ? "ok" : "failed";
      item.dataset.id = r.id;
      const who = byId.get(r.id) || r.id;
      item.textContent = r.ok
        ? t("manageResultDone", who, actionLabel(action))
        : t("manageResultFailed", who, actionLabel(action),
          codeText("manageResultError", r.error, t("manageResultErrorFailed")));
      list.append(item);
    }
    say(t("manageSummary", actionLabel(action), number(answer.results.filter((r) => r.ok).length),
      number(answer.results.length)));
    await Promise.all([loadDashboard(), loadCustomers()]);
  } catch (e) {
    say(e.message);
  }
}

function selected() {
  return [...document.querySelectorAll("input.pick:checked")].map((p) => ({ id: p.value, username: p.dataset.username }));
}

// The CSV import is jsm-sync's admin resource beside the management API.
const CSV_API = ROOT + "/admin/realms/" + encodeURIComponent(REALM) + "/jsm2fa-customers/csv";

async function uploadCsv(file, dryRun) {
  const response = await authorized(CSV_API + "?dryRun=" + dryRun, {
    method: "POST", headers: { "Content-Type": "text/csv" }, body: file,
  });
  if (response.status === 403) throw new Error(t("manageUploadForbidden"));
  const report = await response.json().catch(() => null);
  if (!report) throw new Error(t("manageErrorServer", response.status));
  // LIMITATION: the import's error and each row's reason are the import API's English text. An
  // admin reading the page in another language sees them in English. A fix needs codes for them.
  if (report.error) throw new Error(t("manageUploadError", report.error));
  const s = report.summary;
  $("upload-summary").textContent = t(report.dryRun ? "manageUploadDryRunSummary" : "manageUploadSummary",
    number(s.added), number(s.updated), number(s.unchanged), number(s.skipped), number(s.failed));
  const list = $("upload-rows");
  list.replaceChildren();
  for (const row of report.rows.filter((r) => r.outcome === "failed" || r.outcome === "skipped")) {
    const li = document.createElement("li");
    li.textContent = t(row.outcome === "failed" ? "manageUploadRowFailed" : "manageUploadRowSkipped",
      number(row.row), row.email || t("manageUploadNoEmail")) + (row.reason ? ": " + row.reason : "");
    list.append(li);
  }
  if (!report.dryRun) await loadDashboard();
}

function wire() {
  $("upload-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const file = $("upload-file").files[0];
    if (!file) { say(t("manageUploadChooseFile")); return; }
    uploadCsv(file, $("upload-dry-run").checked).catch((err) => say(err.message));
  });
  $("sign-in").addEventListener("click", () => signIn().catch((e) => say(e.message)));
  $("sign-out").addEventListener("click", signOut);
  $("search-form").addEventListener("submit", (e) => {
    e.preventDefault();
    first = 0;
    loadCustomers().catch((err) => say(err.message));
  });
  $("prev").addEventListener("click", () => { first = Math.max(0, first - PAGE_SIZE); loadCustomers().catch((e) => say(e.message)); });
  $("next").addEventListener("click", () => { first += PAGE_SIZE; loadCustomers().catch((e) => say(e.message)); });
  $("select-all").addEventListener("change", (e) => {
    document.querySelectorAll("input.pick").forEach((p) => { p.checked = e.target.checked; });
  });
  $("bulk-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const picked = selected();
    if (picked.length === 0) { say(t("manageSelectNone")); return; }
    runAction($("bulk-action").value, picked);
  });
}

async function start() {
  wire();
  const query = new URLSearchParams(window.location.search);
  try {
    if (query.has("code")) await finishSignIn(query);
  } catch (e) {
    say(e.message);
  }
  if (!tokens.access) {
    $("sign-in").hidden = false;
    say(t("manageSignInPrompt"));
    return;
  }
  $("sign-out").hidden = false;
  $("dashboard").hidden = false;
  $("customers").hidden = false;
  $("upload").hidden = false;
  try {
    await Promise.all([loadDashboard(), loadCustomers()]);
    say(t("manageSignedIn"));
  } catch (e) {
    say(e.message);
  }
}

start();
