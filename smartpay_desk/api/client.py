"""The SmartPayments client: one method per documented endpoint, typed in and out, one error tree.

Blocking (httpx sync); the desk calls it from QThread workers, the CLI and tests call it directly. How each
call is made (base URLs, timeouts, the overall deadline, the capped read, HTTP errors) is transport.py;
`Endpoints`, `Timeouts` and `check_base_url` are importable from here as well.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from . import errors
from . import validation as v
from .requests import (
    AuthorizeRequest,
    HostToHostRequest,
    InitPaymentRequest,
    RecurrentRequest,
    RefundRequest,
    ReportRequest,
    WithdrawalRequest,
)
from .responses import (
    Balance,
    PaymentResult,
    RecurrentResult,
    RefundResult,
    ReportTask,
    TransactionInfo,
    WithdrawalResult,
)
from .said import said
from .transport import MAX_JSON_BYTES, Endpoints, GatewayHttp, Timeouts, check_base_url, content_length

__all__ = [
    "MAX_JSON_BYTES",
    "MAX_REPORT_BYTES",
    "CancelFn",
    "Endpoints",
    "ProgressFn",
    "SmartPaymentsClient",
    "Timeouts",
    "check_base_url",
]

log = logging.getLogger("smartpay_desk.api")
MAX_REPORT_BYTES = 1024 * 1024 * 1024

ProgressFn = Callable[[int, int | None], None]  # (bytes so far, total or None)
CancelFn = Callable[[], bool]  # True → stop downloading


class SmartPaymentsClient(GatewayHttp):
    """See errors.py for what each method may raise. Every method raises only ApiError subclasses.

    `SmartPaymentsClient(endpoints, merchant_key, secret, *, timeouts=Timeouts(), transport=None)`: each call
    has explicit httpx timeouts, each capped by an overall deadline that is also checked while the body
    streams in, so a server that drips one byte a second cannot hold a call forever (transport.py).
    """

    def init_payment(self, req: InitPaymentRequest) -> PaymentResult:
        """Payment link. Returns status 1 and a form_url."""
        v.ensure_valid(v.validate_init_payment(req))
        result = self._call(self.endpoints.gateway, "/initPayment", req.to_payload(), PaymentResult)
        if result.status == -1:
            raise self._declined(result)
        return result

    def init_payment_h2h(self, req: HostToHostRequest) -> PaymentResult:
        """Card or Apple Pay DPAN payment. Status 2 (frictionless), 1 with form_url (challenge), -1 → Declined."""
        v.ensure_valid(v.validate_h2h(req))
        result = self._call(self.endpoints.pci, "/initPaymentHost2Host", req.to_payload(), PaymentResult)
        if result.status == -1:
            raise self._declined(result)
        return result

    def check(self, order_id: str) -> TransactionInfo:
        """Status of any transaction; never raises Declined (a failed transaction is a normal answer)."""
        v.ensure_valid(_order_id_errors(order_id))
        return self._call(self.endpoints.gateway, "/check", {"order_id": order_id}, TransactionInfo)

    def refund(self, req: RefundRequest) -> RefundResult:
        """success false → Declined(response=RefundResult)."""
        v.ensure_valid(v.validate_refund(req))
        result = self._call(self.endpoints.gateway, "/refund", req.to_payload(), RefundResult)
        if result.success is not True:
            raise errors.Declined(result.message or "", response=result, error_message=result.message)
        return result

    def recurrent(self, req: RecurrentRequest) -> RecurrentResult:
        """success false → Declined(response=RecurrentResult)."""
        v.ensure_valid(v.validate_recurrent(req))
        result = self._call(self.endpoints.gateway, "/recurrent", req.to_payload(), RecurrentResult)
        if result.success is not True:
            words = result.message or result.err or ""
            raise errors.Declined(words, response=result, error_message=result.err or result.message)
        return result

    def withdrawal_init(self, req: WithdrawalRequest) -> WithdrawalResult:
        """status -1 → Declined(response=WithdrawalResult)."""
        v.ensure_valid(v.validate_withdrawal(req))
        result = self._call(self.endpoints.pci, "/withdrawal/init", req.to_payload(), WithdrawalResult)
        if result.status == -1:
            words = result.msg or result.err or ""
            raise errors.Declined(words, response=result, error_message=result.err or result.msg)
        return result

    def withdrawal_balance(self, account: str) -> Balance:
        if not account.strip():
            raise errors.ValidationFailed({"account": said("Choose the payout account.")})
        return self._call(self.endpoints.gateway, "/withdrawal/balance/get", {"account": account}, Balance)

    def authorize(self, req: AuthorizeRequest) -> PaymentResult:
        """status -1 → Declined."""
        v.ensure_valid(v.validate_authorize(req))
        result = self._call(self.endpoints.pci, "/authorize", req.to_payload(), PaymentResult)
        if result.status == -1:
            raise self._declined(result)
        return result

    def capture(self, order_id: str) -> TransactionInfo:
        """Status 2 when captured; status -1 → Declined."""
        v.ensure_valid(_order_id_errors(order_id))
        result = self._call(self.endpoints.gateway, "/capture", {"order_id": order_id}, TransactionInfo)
        if result.status == -1:
            raise errors.Declined(
                result.errorMessage or "",
                response=result,
                error_message=result.errorMessage,
                cascade_errors=result.cascadeErrors,
            )
        return result

    def cancel(self, order_id: str) -> TransactionInfo:
        """Status -1 is what a successful cancel returns (the authorization is voided); never Declined."""
        v.ensure_valid(_order_id_errors(order_id))
        return self._call(self.endpoints.gateway, "/cancel", {"order_id": order_id}, TransactionInfo)

    def create_report_task(self, req: ReportRequest) -> ReportTask:
        v.ensure_valid(v.validate_report(req))
        return self._call(self.endpoints.reports, "/public/transaction/excel", req.to_payload(), ReportTask)

    def report_task_status(self, task_id: str) -> ReportTask:
        path = f"/public/transaction/excel/task/{_task_segment(task_id)}"
        return self._call(self.endpoints.reports, path, None, ReportTask)

    def download_report(
        self,
        task_id: str,
        dest: Path,
        *,
        progress: ProgressFn | None = None,
        cancelled: CancelFn | None = None,
    ) -> Path:
        """Stream the xlsx to `dest` (temporary file, then replace). Returns dest."""
        url = f"{self.endpoints.reports}/public/transaction/excel/task/{_task_segment(task_id)}/result"
        dest = Path(dest)
        dest.parent.mkdir(parents=True, exist_ok=True)
        deadline = time.monotonic() + self.timeouts.download_deadline
        fd, tmp_name = tempfile.mkstemp(prefix=".download-", suffix=".part", dir=dest.parent)
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as out, self._send("GET", url, None, deadline) as response:
                if response.status_code >= 300 or "json" in response.headers.get("content-type", ""):
                    body = self._read_capped(response, deadline, MAX_JSON_BYTES)
                    self._raise_for_status(response, body)
                    raise errors.MalformedResponse("the report result was JSON, not a spreadsheet")
                total = content_length(response)
                done = 0
                for chunk in self._iter_body(response, deadline):
                    if cancelled is not None and cancelled():
                        raise errors.DownloadCancelled()
                    out.write(chunk)
                    done += len(chunk)
                    if done > MAX_REPORT_BYTES:
                        raise errors.MalformedResponse("the report is larger than 1 GiB")
                    if progress is not None:
                        progress(done, total)
                if total is not None and done != total:
                    raise errors.MalformedResponse(f"the download stopped at {done} of {total} bytes")
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, dest)
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
        log.info("report %s saved (%d bytes)", task_id, dest.stat().st_size)
        return dest

    @staticmethod
    def _declined(result: PaymentResult) -> errors.Declined:
        message = result.extra.get("errorMessage") or result.err or result.msg or result.description or ""
        cascade = result.extra.get("cascadeErrors")
        return errors.Declined(
            str(message),
            response=result,
            error_message=str(message) if message else None,
            cascade_errors=cascade if isinstance(cascade, list) else None,
        )


def _order_id_errors(order_id: str) -> dict[str, str]:
    problem = v.check_order_id(order_id)
    return {"order_id": problem} if problem else {}


def _task_segment(task_id: str) -> str:
    task_id = task_id.strip()
    if not task_id or not all(ch.isalnum() or ch in "-_" for ch in task_id):
        raise errors.ValidationFailed({"task_id": said("A report task id has only letters, digits, - and _.")})
    return task_id
