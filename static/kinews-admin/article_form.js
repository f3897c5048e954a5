// The article form: autosave of drafts, and a warning before a newer save gets overwritten.
// The server side is articles/admin_autosave.py; the form posts itself with "_autosave" and gets JSON back.
/* global interpolate */
"use strict";
{
    const DELAY = 3000; // save this long after the last change ...
    const MAX_WAIT = 20000; // ... and at least this often while someone keeps typing
    const POLL = 30000; // ask this often whether someone else saved the article

    const ROW_SELECTOR = ".form-row:not(.empty-form), .inline-related:not(.empty-form)";

    function prefixOf(group) {
        return JSON.parse(group.dataset.inlineFormset).options.prefix;
    }

    function rowsOf(group) {
        return [...group.querySelectorAll(ROW_SELECTOR)].filter((row) => /-\d+$/.test(row.id));
    }

    function idInput(row, prefix) {
        return row.querySelector(`input[name^="${prefix}-"][name$="-id"]`);
    }

    // The same renaming as Django's inlines.js (updateElementIndex), for one row.
    function renumber(row, prefix, index) {
        const pattern = new RegExp(`(${prefix}-(\\d+|__prefix__))`);
        const replacement = `${prefix}-${index}`;
        for (const element of [row, ...row.querySelectorAll("*")]) {
            for (const attribute of ["id", "name", "for"]) {
                const value = element.getAttribute(attribute);
                if (value && pattern.test(value)) {
                    element.setAttribute(attribute, value.replace(pattern, replacement));
                }
            }
        }
    }

    // Django's formsets want the rows of stored objects first (INITIAL_FORMS of them), then the new ones. Rows an
    // autosave stored are stored objects now; the form's order on screen stays as it is (positions say it).
    function normalize(group) {
        const prefix = prefixOf(group);
        const rows = rowsOf(group);
        const stored = rows.filter((row) => idInput(row, prefix)?.value);
        const fresh = rows.filter((row) => !idInput(row, prefix)?.value);
        [...stored, ...fresh].forEach((row, index) => renumber(row, prefix, index));
        document.getElementById(`id_${prefix}-TOTAL_FORMS`).value = rows.length;
        document.getElementById(`id_${prefix}-INITIAL_FORMS`).value = stored.length;
    }

    // A new row the autosave stored becomes a stored row: a "delete" box instead of the remove link.
    function becomeStored(row, prefix, pk) {
        idInput(row, prefix).value = pk;
        row.classList.add("has_original");
        row.querySelector(".inline-deletelink")?.parentElement.remove();
        const cell = row.querySelector("td.delete");
        if (cell && !cell.querySelector("input[type=checkbox]")) {
            const box = document.createElement("input");
            box.type = "checkbox";
            box.name = `${prefix}-0-DELETE`; // renumbered by normalize()
            box.id = `id_${prefix}-0-DELETE`;
            cell.append(box);
        }
    }

    function init() {
        const configElement = document.getElementById("article-autosave");
        const form = document.getElementById("article_form");
        if (!configElement || !form) {
            return;
        }
        const config = JSON.parse(configElement.textContent);
        const lines = document.querySelectorAll(".autosave-status");
        const version = form.querySelector("input[name=loaded_version]");
        const groups = () => document.querySelectorAll(".js-inline-admin-formset");
        let dirty = false;
        let inFlight = false;
        let stopped = false;
        let submitting = false;
        let timer = null;
        let firstChange = 0;
        let savedAt = 0;
        let saves = 0;
        let afterSave = null;

        function show(text, state) {
            for (const line of lines) {
                line.textContent = text;
                line.dataset.state = state;
            }
        }

        function ago() {
            const seconds = Math.max(1, Math.round((Date.now() - savedAt) / 1000));
            if (seconds < 60) {
                return `${seconds} s`;
            }
            return seconds < 3600 ? `${Math.floor(seconds / 60)} min` : `${Math.floor(seconds / 3600)} h`;
        }

        function showSaved() {
            if (savedAt && !dirty && !inFlight && !stopped) {
                show(interpolate(config.messages.saved, {time: ago()}, true), "saved");
            }
        }
        setInterval(showSaved, 5000);

        function stop(message) {
            stopped = true;
            clearTimeout(timer);
            show(message, "conflict");
            if (document.getElementById("newer-save")) {
                return;
            }
            const list = document.createElement("ul");
            list.className = "messagelist";
            list.id = "newer-save";
            const item = document.createElement("li");
            item.className = "warning";
            item.append(message, " ");
            const link = document.createElement("a");
            link.href = location.pathname;
            link.target = "_blank";
            link.rel = "noopener";
            link.textContent = config.messages.openNewer;
            item.append(link);
            list.append(item);
            document.getElementById("content-start")?.prepend(list);
        }

        function changed() {
            if (submitting || stopped) {
                return;
            }
            dirty = true;
            if (!config.enabled) {
                show(config.messages.publishedHint, "dirty");
                return;
            }
            show(config.messages.unsaved, "dirty");
            firstChange = firstChange || Date.now();
            clearTimeout(timer);
            timer = setTimeout(save, Math.max(0, Math.min(DELAY, firstChange + MAX_WAIT - Date.now())));
        }

        async function save() {
            if (inFlight) {
                timer = setTimeout(save, DELAY);
                return;
            }
            if (!dirty || stopped || submitting) {
                return;
            }
            // Which row had which index when the form was sent: the answer names rows by those indexes.
            const sentRows = new Map([...groups()].map((group) => [prefixOf(group),
                new Map(rowsOf(group).map((row) => [row.id.split("-").pop(), row]))]));
            const data = new FormData(form);
            for (const [name, value] of [...data]) {
                if (value instanceof File) {
                    data.delete(name); // uploads wait for "Save"
                }
            }
            data.set("_autosave", "1");
            dirty = false;
            firstChange = 0;
            inFlight = true;
            show(config.messages.saving, "saving");
            let answer;
            try {
                const response = await fetch(form.action, {method: "POST", body: data, credentials: "same-origin"});
                answer = await response.json();
            } catch {
                answer = null;
            }
            inFlight = false;
            saves += 1;
            apply(answer, sentRows);
            if (afterSave) {
                const submit = afterSave;
                afterSave = null;
                submitting = true;
                submit();
            }
        }

        function apply(answer, sentRows) {
            if (answer === null) {
                dirty = true;
                show(config.messages.offline, "error");
                timer = setTimeout(save, MAX_WAIT);
                return;
            }
            if (answer.conflict) {
                dirty = true;
                stop(answer.message);
                return;
            }
            if (!answer.saved) {
                dirty = true;
                show(interpolate(config.messages.failed, {reason: answer.message}, true), "error");
                return;
            }
            savedAt = Date.now();
            version.value = answer.version;
            for (const [name, value] of Object.entries(answer.fields)) {
                const input = form.elements.namedItem(name);
                if (input && !input.value) {
                    input.value = value;
                }
            }
            config.versionUrl = answer.versionUrl;
            if (new URL(answer.changeUrl, location.href).href !== form.action) {
                form.action = answer.changeUrl; // a new article exists now: the next saves change it
                history.replaceState(null, "", answer.changeUrl);
            }
            for (const group of groups()) {
                const prefix = prefixOf(group);
                for (const [index, pk] of Object.entries(answer.rows[prefix] || {})) {
                    const row = sentRows.get(prefix)?.get(index);
                    if (row?.isConnected && !idInput(row, prefix).value) {
                        becomeStored(row, prefix, pk);
                    }
                }
                normalize(group);
            }
            if (dirty) {
                changed();
            } else {
                showSaved();
            }
        }

        async function checkForNewerSave() {
            if (!config.versionUrl || stopped || inFlight || document.hidden) {
                return;
            }
            const savesBefore = saves;
            try {
                const answer = await (await fetch(config.versionUrl, {credentials: "same-origin"})).json();
                if (saves === savesBefore && !inFlight && answer.version && answer.version !== version.value) {
                    stop(answer.message);
                }
            } catch {
                // Offline for a moment: the next check or save will tell.
            }
        }
        setInterval(checkForNewerSave, POLL);

        form.addEventListener("input", changed);
        form.addEventListener("change", changed);
        document.addEventListener("formset:added", changed);
        document.addEventListener("formset:removed", (event) => {
            // Django renumbered the rows in screen order; stored rows must come first again.
            for (const group of groups()) {
                if (!event.detail?.formsetName || prefixOf(group) === event.detail.formsetName) {
                    normalize(group);
                }
            }
            changed();
        });
        document.addEventListener("kinews:reordered", changed);
        form.addEventListener("submit", (event) => {
            clearTimeout(timer);
            if (inFlight) {
                // Wait for the autosave under way: its answer moves the form's version on, and this save must
                // carry that version, or it would look like overwriting someone else's newer save.
                event.preventDefault();
                afterSave = () => form.requestSubmit(event.submitter);
                return;
            }
            submitting = true;
        });
        window.addEventListener("beforeunload", (event) => {
            if (dirty && !submitting) {
                event.preventDefault();
            }
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
}
