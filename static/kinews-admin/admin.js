// Small fixes for every admin page of kinews.
"use strict";
{
    // Django notes a time-zone difference under every date field; a date alone (a source's date) has no time zone.
    function removeDateOnlyTimezoneNotes() {
        for (const input of document.querySelectorAll("input.vDateField")) {
            if (!input.closest(".datetime")) {
                document.getElementById(`${input.id}_timezone_warning_helptext`)?.remove();
            }
        }
    }
    // DateTimeShortcuts adds the notes on "load", and again for every inline row added later.
    window.addEventListener("load", () => setTimeout(removeDateOnlyTimezoneNotes));
    document.addEventListener("formset:added", () => setTimeout(removeDateOnlyTimezoneNotes));

    // A field that matters only for one choice of another, e.g. the reason for a lost inquiry: its widget has
    // data-shown-when="status=lost", and its form row is hidden while the other field has another value.
    function toggleDependentRows() {
        for (const widget of document.querySelectorAll("[data-shown-when]")) {
            const [name, value] = widget.dataset.shownWhen.split("=");
            const control = document.querySelector(`[name="${name}"]`);
            (widget.closest(".form-row") || widget).hidden = control !== null && control.value !== value;
        }
    }
    document.addEventListener("change", toggleDependentRows);
    document.addEventListener("DOMContentLoaded", toggleDependentRows);
}

// django-prose-editor names its toolbar buttons and block types in English, without gettext ("bold", "Heading 2").
// Translate them through the admin's JavaScript catalogue (kinews/locale_overrides/de/LC_MESSAGES/djangojs.po),
// also when the toolbar redraws itself.
/* global gettext */
{
    function translateToolbar(toolbar) {
        for (const button of toolbar.querySelectorAll("[title]")) {
            const title = gettext(button.getAttribute("title"));
            if (title !== button.getAttribute("title")) {
                button.setAttribute("title", title);
                button.setAttribute("aria-label", title);
            }
        }
        for (const option of toolbar.querySelectorAll(".prose-menubar__option > *")) {
            const text = gettext(option.textContent);
            if (text !== option.textContent) {
                option.textContent = text;
            }
        }
    }

    function watch(toolbar) {
        if (toolbar.dataset.translated || typeof gettext !== "function") {
            return;
        }
        toolbar.dataset.translated = "1";
        translateToolbar(toolbar);
        new MutationObserver(() => translateToolbar(toolbar)).observe(toolbar, {
            subtree: true, childList: true, attributes: true, attributeFilter: ["title"],
        });
    }

    // The editor may be ready before or after this script runs, and its toolbar appears a moment later.
    function watchEditor(editor) {
        const toolbar = () => editor.querySelector(".prose-menubar");
        if (toolbar()) {
            watch(toolbar());
            return;
        }
        const observer = new MutationObserver(() => {
            if (toolbar()) {
                observer.disconnect();
                watch(toolbar());
            }
        });
        observer.observe(editor, {childList: true, subtree: true});
    }
    document.addEventListener("prose-editor:ready", (event) => watchEditor(event.target.parentElement));
    document.querySelectorAll(".prose-editor").forEach(watchEditor);
}
