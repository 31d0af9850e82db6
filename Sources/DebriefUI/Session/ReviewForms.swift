import DebriefCore

/// The five small forms of a session, and how their input becomes a review edit.
public enum ReviewFormKind: String, Sendable, Hashable, CaseIterable {
    case factor, practice, fineTuning, signal, actionItem

    /// Prefix for new item ids.
    var idPrefix: String {
        switch self {
        case .factor: "factor"
        case .practice: "practice"
        case .fineTuning: "tune"
        case .signal: "signal"
        case .actionItem: "action"
        }
    }

    public var noun: String {
        switch self {
        case .factor: "factor"
        case .practice: "best practice"
        case .fineTuning: "fine-tuning point"
        case .signal: "qualification signal"
        case .actionItem: "action item"
        }
    }
}

/// An open form and what it is for.
public struct ReviewFormState: Sendable, Hashable {
    public var kind: ReviewFormKind
    /// The item being changed; nil when adding a new one.
    public var editingID: String?
    public var form: Form
    /// The team's signals offered while a signal is typed (the signal form only).
    public var signals: SignalCompletion?
}

public enum ReviewForms {
    static let effects = Factor.Effect.allCases
    static let causes = FactorCause.allCases
    static let evidence = FactorEvidence.allCases
    static let signs = QualificationSignal.Sign.allCases

    /// A blank form for a new item. A factor starts as a success in a win review, a failure in a
    /// loss review, and with the weakest evidence (the rep's belief): a hurried Enter must not record
    /// a belief as the buyer's word. An action item's owner starts as the rep.
    public static func new(_ kind: ReviewFormKind, for review: Review) -> ReviewFormState {
        let form: Form
        switch kind {
        case .factor:
            form = factorForm("Add a factor", effect: review.kind == .win ? .success : .failure, cause: .repAction, evidence: .repBelief, text: "")
        case .practice:
            form = Form(title: "Add a best practice", fields: [.text("title", "Practice"), .text("detail", "How to do it")])
        case .fineTuning:
            form = Form(title: "Add a fine-tuning point", fields: [.text("text", "Do better")])
        case .signal:
            form = signalForm("Add a qualification signal", sign: .good, present: true, text: "")
        case .actionItem:
            form = actionForm("Add an action item", text: "", owner: review.rep, due: "")
        }
        return ReviewFormState(kind: kind, editingID: nil, form: form)
    }

    /// A form filled with an existing item, to change it; nil when no item has this id.
    public static func editing(itemID id: String, in review: Review) -> ReviewFormState? {
        if let item = review.factors.first(where: { $0.id == id }) {
            return ReviewFormState(kind: .factor, editingID: id, form: factorForm("Change factor", effect: item.effect, cause: item.cause, evidence: item.evidence, text: item.text))
        }
        if let item = review.practices.first(where: { $0.id == id }) {
            return ReviewFormState(kind: .practice, editingID: id, form: Form(title: "Change best practice", fields: [.text("title", "Practice", item.title), .text("detail", "How to do it", item.detail)]))
        }
        if let item = review.fineTuning.first(where: { $0.id == id }) {
            return ReviewFormState(kind: .fineTuning, editingID: id, form: Form(title: "Change fine-tuning point", fields: [.text("text", "Do better", item.text)]))
        }
        if let item = review.signals.first(where: { $0.id == id }) {
            return ReviewFormState(kind: .signal, editingID: id, form: signalForm("Change qualification signal", sign: item.sign, present: item.present, text: item.text))
        }
        if let item = review.actionItems.first(where: { $0.id == id }) {
            return ReviewFormState(kind: .actionItem, editingID: id, form: actionForm("Change action item", text: item.text, owner: item.owner, due: item.due?.description ?? ""))
        }
        return nil
    }

    /// The edit a submitted form asks for, or the problems to show in it.
    public static func edit(from state: ReviewFormState, newID: String, in review: Review) throws(ItemInputProblems) -> ReviewEdit {
        let form = state.form
        let id = state.editingID ?? newID
        let isNew = state.editingID == nil
        switch state.kind {
        case .factor:
            let item = try ReviewItemInput.factor(id: id, effect: effects[choiceIndex(form, "effect")], cause: causes[choiceIndex(form, "cause")],
                                                  evidence: evidence[choiceIndex(form, "evidence")], text: form.value("text"))
            return isNew ? .addFactor(item) : .updateFactor(item)
        case .practice:
            let item = try ReviewItemInput.practice(id: id, title: form.value("title"), detail: form.value("detail"))
            return isNew ? .addPractice(item) : .updatePractice(item)
        case .fineTuning:
            let item = try ReviewItemInput.fineTuning(id: id, text: form.value("text"))
            return isNew ? .addFineTuning(item) : .updateFineTuning(item)
        case .signal:
            let item = try ReviewItemInput.signal(id: id, sign: signs[choiceIndex(form, "sign")], present: choiceIndex(form, "present") == 0, text: form.value("text"))
            return isNew ? .addSignal(item) : .updateSignal(item)
        case .actionItem:
            let existing = review.actionItems.first { $0.id == id }
            let item = try ReviewItemInput.actionItem(id: id, text: form.value("text"), owner: form.value("owner"), due: form.value("due"),
                                                      done: existing?.done ?? false, doneOn: existing?.doneOn)
            return isNew ? .addActionItem(item) : .updateActionItem(item)
        }
    }

    /// Short cause names, so all seven fit on one line of an 80-column form.
    static func shortLabel(_ cause: FactorCause) -> String {
        switch cause {
        case .repAction: "rep"
        case .relationship: "relation"
        default: cause.rawValue
        }
    }

    /// The text field comes first: the manager types what happened, then tags it.
    static func factorForm(_ title: String, effect: Factor.Effect, cause: FactorCause, evidence chosen: FactorEvidence, text: String) -> Form {
        Form(title: title, fields: [
            .text("text", "What", text),
            .choice("effect", "Effect", effects.map(\.rawValue), selected: effects.firstIndex(of: effect) ?? 0),
            .choice("cause", "Cause", causes.map(shortLabel), selected: causes.firstIndex(of: cause) ?? 0),
            .choice("evidence", "Evidence", evidence.map(\.label), selected: evidence.firstIndex(of: chosen) ?? 0),
        ])
    }

    static func signalForm(_ title: String, sign: QualificationSignal.Sign, present: Bool, text: String) -> Form {
        Form(title: title, fields: [
            .text("text", "Signal", text),
            .choice("sign", "Sign of", ["good business", "bad business"], selected: signs.firstIndex(of: sign) ?? 0),
            .choice("present", "This deal", ["showed it", "did not"], selected: present ? 0 : 1),
        ])
    }

    static func actionForm(_ title: String, text: String, owner: String, due: String) -> Form {
        Form(title: title, fields: [
            .text("text", "Action", text),
            .text("owner", "Owner", owner),
            .text("due", "Due (optional)", due),
        ])
    }

    /// The form's values as typed, by field key, for `Form.value`.
    static func choiceIndex(_ form: Form, _ key: String) -> Int {
        guard let field = form.fields.first(where: { $0.key == key }), case .choice(_, let selected) = field.input else { return 0 }
        return selected
    }
}
