import DebriefCore
import DebriefUI

/// Performs the app's `.resolveConflict` effect: the choice goes through `ConflictResolver`
/// (the store's compare-and-swap save, then the pending entry removed).
enum ConflictChoiceRunner {
    static func perform(_ request: ConflictChoiceRequest, store: RecordStore) -> Msg {
        do {
            let outcome = try ConflictResolver(store: store).resolve(recordPath: request.recordPath, field: request.field,
                                                                     choice: request.choice, recordRevision: request.recordRevision)
            let saved: SaveRequest? = switch outcome.saved {
            case .deal(let deal)?: .deal(deal)
            case .review(let review)?: .review(review)
            case nil: nil
            }
            return .conflictResolved(ConflictChoiceResult(request: request, saved: saved, remaining: outcome.remaining))
        } catch {
            return .conflictRefused(EffectFailure(error, prefix: "Not chosen: "))
        }
    }
}
