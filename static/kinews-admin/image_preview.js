// A newly chosen image is shown in the crops readers will see before it is uploaded (kinews.admin_widgets).
// (A data: URL, not a blob: one: the Content-Security-Policy allows images from the site and data: only.)
"use strict";
document.addEventListener("change", (event) => {
    const input = event.target;
    const field = input.closest?.(".image-field");
    if (!field || input.type !== "file" || !input.files.length) {
        return;
    }
    const file = input.files[0];
    const about = field.querySelector(".image-field__about");
    about.textContent = `${file.name} – ${field.dataset.newLabel}`;
    const reader = new FileReader();
    reader.addEventListener("load", () => {
        for (const image of field.querySelectorAll(".image-crop img")) {
            image.src = reader.result;
            image.onload = () => {
                about.textContent = `${file.name} · ${image.naturalWidth} × ${image.naturalHeight} px – ` +
                    field.dataset.newLabel;
            };
        }
        field.querySelector(".image-field__crops").hidden = false;
    });
    reader.readAsDataURL(file);
});
