// Rows of a tabular inline with a hidden "position" field (kinews.admin_site.OrderedInlineMixin) are put in order
// by dragging a handle, or by focusing the handle and pressing the arrow keys. Positions follow the order on screen.
/* global interpolate */
"use strict";
{
    const POSITION = 'input[type=hidden][name$="-position"]';

    function rowsOf(body) {
        return [...body.children].filter((row) => row.matches("tr.form-row:not(.empty-form)"));
    }

    function number(body) {
        rowsOf(body).forEach((row, index) => {
            row.querySelector(POSITION).value = index;
        });
    }

    function addHandle(row) {
        const input = row.querySelector(POSITION);
        const cell = row.querySelector("td.original");
        if (!input || !cell || cell.querySelector(".drag-handle")) {
            return;
        }
        const handle = document.createElement("button");
        handle.type = "button";
        handle.className = "drag-handle";
        handle.draggable = true;
        handle.title = input.dataset.moveLabel;
        handle.setAttribute("aria-label", input.dataset.moveLabel);
        handle.textContent = "⠿";
        cell.prepend(handle);
    }

    function announce(body, row) {
        const place = rowsOf(body).indexOf(row) + 1;
        const status = body.closest(".inline-group").querySelector(".order-status");
        status.textContent = interpolate(row.querySelector(POSITION).dataset.movedLabel, {place}, true);
    }

    function reordered(body) {
        number(body);
        body.dispatchEvent(new CustomEvent("kinews:reordered", {bubbles: true}));
    }

    function init() {
        for (const input of document.querySelectorAll(`.tabular ${POSITION}`)) {
            const body = input.closest("tbody");
            if (body.dataset.ordered) {
                continue;
            }
            body.dataset.ordered = "1";
            const status = document.createElement("p");
            status.className = "order-status visually-hidden";
            status.setAttribute("role", "status");
            body.closest(".inline-group").append(status);
            // The empty row Django copies for "add another" gets a handle too, and so every row added later.
            body.querySelectorAll("tr.form-row").forEach(addHandle);
            let dragged = null;

            body.addEventListener("dragstart", (event) => {
                if (!event.target.classList?.contains("drag-handle")) {
                    return;
                }
                dragged = event.target.closest("tr");
                dragged.classList.add("dragging");
                event.dataTransfer.effectAllowed = "move";
                event.dataTransfer.setData("text/plain", "");
                event.dataTransfer.setDragImage(dragged, 20, 20);
            });
            body.addEventListener("dragover", (event) => {
                const over = event.target.closest?.("tr.form-row:not(.empty-form)");
                if (!dragged || !over || over.parentElement !== body) {
                    return;
                }
                event.preventDefault();
                if (over !== dragged) {
                    // The dragged row takes the place of the row it is over: moving up, before it; down, after it.
                    const rows = rowsOf(body);
                    over[rows.indexOf(dragged) > rows.indexOf(over) ? "before" : "after"](dragged);
                }
            });
            body.addEventListener("drop", (event) => event.preventDefault());
            body.addEventListener("dragend", () => {
                if (dragged) {
                    dragged.classList.remove("dragging");
                    reordered(body);
                    dragged = null;
                }
            });
            body.addEventListener("keydown", (event) => {
                const handle = event.target;
                if (!handle.classList?.contains("drag-handle") || !["ArrowUp", "ArrowDown"].includes(event.key)) {
                    return;
                }
                event.preventDefault();
                const row = handle.closest("tr");
                const rows = rowsOf(body);
                const index = rows.indexOf(row);
                if (event.key === "ArrowUp" && index > 0) {
                    rows[index - 1].before(row);
                } else if (event.key === "ArrowDown" && index < rows.length - 1) {
                    rows[index + 1].after(row);
                } else {
                    return;
                }
                handle.focus();
                reordered(body);
                announce(body, row);
            });
            document.addEventListener("formset:added", () => number(body));
            document.addEventListener("formset:removed", () => number(body));
            number(body);
        }
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
}
