/// Enum fields in the record index are small numbers, each case's position in its type's cases,
/// rather than their text: matching text against every case was a visible share of start-up.
/// The index header carries `fingerprint`, made of every case's text in order, so an index written
/// when an enum had other cases (or another order) is rebuilt, never misread.
enum RecordIndexEnumCodes {
    static let outcomes = Outcome.allCases
    static let reasonCategories = ReasonCategory.allCases
    static let reviewKinds = ReviewKind.allCases
    static let reviewStatuses = ReviewStatus.allCases
    static let questionThemes = QuestionTheme.allCases
    static let factorEffects = Factor.Effect.allCases
    static let factorCauses = FactorCause.allCases
    static let factorEvidence = FactorEvidence.allCases
    static let signalSigns = QualificationSignal.Sign.allCases

    static let fingerprint: String = {
        let lists: [[String]] = [outcomes.map(\.rawValue), reasonCategories.map(\.rawValue), reviewKinds.map(\.rawValue),
                                 reviewStatuses.map(\.rawValue), questionThemes.map(\.rawValue), factorEffects.map(\.rawValue),
                                 factorCauses.map(\.rawValue), factorEvidence.map(\.rawValue), signalSigns.map(\.rawValue)]
        return RecordIndex.hexHash(lists.map { $0.joined(separator: ",") }.joined(separator: ";"))
    }()
}

extension RecordIndexWriter {
    /// `value` as its position in `cases` (its type's `allCases`).
    mutating func code<E: Equatable>(_ value: E, in cases: [E]) {
        guard let position = cases.firstIndex(of: value) else { preconditionFailure("\(value) is one of its type's cases") }
        unsigned(UInt64(position))
    }
}

extension RecordIndexReader {
    mutating func code<E>(in cases: [E]) throws -> E {
        let position = try unsigned()
        guard position < UInt64(cases.count) else { throw RecordIndexUnusable(reason: "corrupt \(E.self) at byte \(self.position)") }
        return cases[Int(position)]
    }
}
