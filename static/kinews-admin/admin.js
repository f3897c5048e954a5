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
