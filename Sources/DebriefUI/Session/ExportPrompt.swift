import DebriefCore
import Foundation

/// `e` in the summary asks where the Markdown goes, pre-filled with a file in the home directory
/// named after the review (selected, so typing replaces it), instead of writing into whatever
/// directory the app happened to start in.
enum ExportPrompt {
    static func form(for review: Review) -> Form {
        Form(title: "Export as Markdown", fields: [.text("file", "File", defaultPath(for: review))])
    }

    /// The form's save and cancel keys, named for what they do here.
    static func hints(keymap: Keymap) -> [KeyHint] {
        [("save", "export"), ("cancel", "cancel")].compactMap { name, hint in
            keymap.binding(name, in: .form).flatMap { $0.keys.isEmpty ? nil : KeyHint(KeyHints.keysLabel($0, keymap: keymap), hint) }
        }
    }

    static func defaultPath(for review: Review) -> String { "~/debrief-\(review.id).md" }

    /// The path typed, or nil with the problem shown beside the field.
    static func path(from form: inout Form) -> String? {
        let path = form.value("file").trimmingCharacters(in: .whitespaces)
        guard !path.isEmpty else {
            form.setErrors(["file": "name a file, such as ~/review.md"])
            return nil
        }
        return path
    }
}
