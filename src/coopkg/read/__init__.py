"""Read: input files become notices (text with blocks, a language and a media type).

:mod:`.notices` holds one reader per input kind (text, Markdown, HTML, PDF) behind
:func:`~coopkg.read.notices.read_notice`; :mod:`.normalise` makes every reader's output
comparable; :mod:`.language` names the language of a notice and of its blocks. Nothing
here extracts fields.
"""
