"""Problems of actuals entries that cannot be read now (tracker.ingest.listing), and of ``[notify]``."""

from __future__ import annotations

from tracker.messages.catalogue import register

LISTING: dict[str, tuple[str, str]] = {
    "problem.permission-denied": ("无法读取该文件：没有读取权限（请给运行跟踪程序的用户读取权限）",
                                  "cannot read the file: permission denied (give the user the tracker runs as "
                                  "read access to it)"),
    "problem.permission-denied.folder": ("无法列出该文件夹：没有权限；其中的文件均未读取",
                                         "cannot list the folder: permission denied; the files in it are not read"),
    "problem.file-vanished": ("无法读取该文件：列出文件夹时它还在，读取时已不在（其间被移走或删除）；若文件放回，下次运行将读取",
                              "cannot read the file: it was there when the folder was listed and is gone now (moved "
                              "or deleted meanwhile); the next run reads it if it is back"),
    "problem.unreadable-link": ("这是指向 {target} 的符号链接，而该文件不存在：请删除链接或恢复文件",
                                "a symbolic link to {target}, which does not exist; remove the link or restore the file"),
    "problem.not-a-file": ("这是一个以电子表格命名的文件夹，不是文件：请改名，或把其中的文件移出",
                           "a folder with a spreadsheet's name, not a file: rename it or move the files out of it"),
    "problem.not-a-file.special": ("这不是普通文件（而是管道、套接字或设备）：不读取",
                                   "not an ordinary file (a pipe, socket or device): it is not read"),
    "problem.file-being-written": ("该文件仍在写入（{settle} 秒内大小由 {before} 字节变为 {after} 字节）；本次不采用，"
                                   "写完后由下次运行读取",
                                   "the file is still being written (its size changed from {before} to {after} bytes "
                                   "within {settle} s); it is left out and read by the next run once it is complete"),
    # what is wrong with a [notify] setting (problem.bad-settings.notify)
    "notify.text": ("应为文本", "must be text"),
    "notify.on": ("应为结果列表，例如 [\"failed\", \"problems\", \"late\"]",
                  "must be a list of outcomes, e.g. [\"failed\", \"problems\", \"late\"]"),
    "notify.on-unknown": ("含有未知的结果 {names}（可用：{known}）", "names unknown outcomes {names} (known: {known})"),
    "notify.recipients": ("应为电子邮件地址列表", "must be a list of e-mail addresses"),
    "notify.port": ("应为端口号（1-65535）", "must be a port number (1-65535)"),
    "notify.bool": ("应为 true 或 false", "must be true or false"),
    "notify.day": ("应为每月中的某一天（1-31）", "must be a day of the month (1-31)"),
    "notify.seconds": ("应为秒数", "must be a number of seconds"),
    "notify.smtp-incomplete": ("还需要 sender 和 recipients：不发送电子邮件",
                               "needs sender and recipients as well: no e-mail is sent"),
    "notify.late-without-day": ("列有 late 但未设置 late_day：不发送数据迟到的通知",
                                "lists late but late_day is not set: no late alert is sent"),
}

register(LISTING)
