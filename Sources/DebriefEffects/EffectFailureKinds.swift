import DebriefCore
import DebriefUI

extension EffectFailure {
    /// `error` as a typed failure; the user reads `prefix` followed by the error's own sentence.
    init(_ error: any Error, prefix: String = "") {
        self.init(Self.kind(of: error), prefix + "\(error)")
    }

    static func kind(of error: any Error) -> Kind {
        switch error {
        case let conflict as StaleRevision<Deal>: return .staleRevision(path: conflict.path)
        case let conflict as StaleRevision<Review>: return .staleRevision(path: conflict.path)
        case let conflict as StaleRevision<PlaybookCuration>: return .staleRevision(path: conflict.path)
        case let failure as DurableFile.Failure:
            switch failure {
            case .locked(let path): return .locked(path: path)
            case .system(let path, _, let code): return .disk(errno: code, path: path)
            }
        case let failure as StoreError:
            switch failure {
            case .brokenOnDisk(let problem): return .broken(path: problem.path)
            case .invalidID, .invalidRecord: return .invalid
            case .notFound: return .missing
            }
        case let failure as ReviewSaver.Failure:
            switch failure {
            case .tooManyConcurrentSaves: return .busy
            case .store(let underlying): return kind(of: underlying)
            }
        case is ConflictResolver.Refusal: return .refused
        default: return .other
        }
    }
}
