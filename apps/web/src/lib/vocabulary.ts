/** The desk's words: what the web app calls statuses, channels, facts and commands, in Vietnamese. */

/** National dossier statuses (TrangThaiHoSo 1–10). */
export const STATUS_NAMES: Record<number, string> = {
  1: 'Mới đăng ký',
  2: 'Đã tiếp nhận',
  3: 'Không được tiếp nhận',
  4: 'Đang xử lý',
  5: 'Yêu cầu bổ sung',
  6: 'Chờ thực hiện nghĩa vụ tài chính',
  7: 'Công dân yêu cầu rút',
  8: 'Dừng xử lý',
  9: 'Đã xử lý xong',
  10: 'Đã trả kết quả',
};

export const CHANNEL_NAMES: Record<string, string> = {
  desk: 'Trực tiếp',
  online: 'Trực tuyến',
  postal: 'Bưu chính công ích',
};

/** Each fact of a dossier's timeline. */
export const EVENT_NAMES: Record<string, string> = {
  DossierSubmitted: 'Nộp hồ sơ',
  AcceptanceWindowBreached: 'Quá thời hạn tiếp nhận (8 giờ làm việc)',
  DossierAccepted: 'Tiếp nhận hồ sơ',
  CompletionRequested: 'Hướng dẫn hoàn thiện hồ sơ',
  DossierRefused: 'Từ chối tiếp nhận',
  DossierCancelled: 'Hủy hồ sơ',
  SupplementRequested: 'Yêu cầu bổ sung hồ sơ',
  SupplementReceived: 'Nhận hồ sơ bổ sung',
  ProcessingPaused: 'Tạm dừng tính thời gian',
  ProcessingResumed: 'Tiếp tục tính thời gian',
  ApologyReminderRaised: 'Nhắc lập phiếu xin lỗi',
  DossierOverdue: 'Quá hạn giải quyết',
  ApologyIssued: 'Phiếu xin lỗi và hẹn lại ngày trả',
  RescheduledAppointmentMissed: 'Lỡ ngày hẹn lại',
  ResultIssued: 'Có kết quả giải quyết',
  ResultReturned: 'Trả kết quả',
  WithdrawalRequested: 'Công dân yêu cầu rút hồ sơ',
  DossierStopped: 'Dừng xử lý',
  SatisfactionRated: 'Đánh giá mức độ hài lòng',
  AuditedActionReviewed: 'Kết luận giám sát',
  DeadlinesRecomputed: 'Tính lại thời hạn theo lịch làm việc',
  DossierHandedOver: 'Chuyển hồ sơ',
  DossierReceived: 'Nhận hồ sơ',
  DossierReassigned: 'Giao lại cán bộ xử lý',
  DossierSentBack: 'Trả lại bước trước',
  StepOverdue: 'Bước xử lý quá hạn',
  SlipIssued: 'Lập phiếu',
  PortalAcknowledged: 'Cổng Dịch vụ công quốc gia xác nhận đồng bộ',
};

/** Command routes, as their buttons read. */
export const COMMAND_NAMES: Record<string, string> = {
  accept: 'Tiếp nhận',
  'request-completion': 'Hướng dẫn hoàn thiện',
  refuse: 'Từ chối tiếp nhận',
  cancel: 'Hủy hồ sơ',
  'request-supplement': 'Yêu cầu bổ sung',
  'receive-supplement': 'Nhận bổ sung',
  pause: 'Tạm dừng',
  resume: 'Tiếp tục',
  apology: 'Lập phiếu xin lỗi',
  result: 'Ban hành kết quả',
  return: 'Trả kết quả',
  withdrawal: 'Yêu cầu rút',
  stop: 'Dừng xử lý',
  rating: 'Đánh giá',
  receive: 'Nhận hồ sơ',
  handover: 'Chuyển bước tiếp',
  reassign: 'Giao lại',
  'send-back': 'Trả lại bước trước',
};

/** What supervisors audit. */
export const AUDITED_KIND_NAMES: Record<string, string> = {
  pause: 'Tạm dừng',
  supplementRequest: 'Yêu cầu bổ sung',
  completionRequest: 'Hướng dẫn hoàn thiện',
  cancellation: 'Hủy hồ sơ',
  reassignment: 'Giao lại',
  sendBack: 'Trả lại bước trước',
};

export const VERDICT_NAMES: Record<string, string> = {
  justified: 'Có căn cứ',
  unjustified: 'Không có căn cứ',
};

export const ROLE_NAMES: Record<string, string> = {
  officer: 'Cán bộ một cửa / chuyên viên',
  leader: 'Lãnh đạo',
  supervisor: 'Giám sát',
  metrics: 'Theo dõi chỉ số 766',
  admin: 'Quản trị',
  applicant: 'Kênh công dân',
};

export const UNIT_NAMES: Record<string, string> = {
  desk: 'Bộ phận Một cửa',
  processing: 'Phòng chuyên môn',
  leadership: 'Lãnh đạo',
};

export const unitName = (unit: string | null | undefined): string => (unit ? (UNIT_NAMES[unit] ?? unit) : '—');

/** Phản ánh, kiến nghị: where one stands, what it is about, where it came from, and each command's button. */
export const FEEDBACK_STAGE_NAMES: Record<string, string> = {
  handling: 'Đang xử lý',
  answered: 'Đã có văn bản trả lời',
  published: 'Đã công khai trả lời',
};
export const FEEDBACK_CATEGORY_NAMES: Record<string, string> = {
  procedure: 'Về quy định thủ tục hành chính',
  staff: 'Về hành vi, thái độ của cán bộ',
};
export const FEEDBACK_CHANNEL_NAMES: Record<string, string> = {
  desk: 'Tại Bộ phận Một cửa',
  online: 'Qua tài khoản trực tuyến',
  public: 'Qua trang phản ánh công khai',
};
export const FEEDBACK_COMMAND_NAMES: Record<string, string> = {
  ClassifyFeedback: 'Phân loại',
  AssignFeedback: 'Phân công',
  ExtendFeedbackDeadline: 'Gia hạn',
  AnswerFeedback: 'Trả lời',
  PublishFeedbackAnswer: 'Công khai trả lời',
  RateFeedbackAnswer: 'Đánh giá',
  RaiseFeedbackAgain: 'Phản ánh lại',
};
