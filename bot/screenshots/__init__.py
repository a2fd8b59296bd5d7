"""Screenshots: a buyer's image, downloaded to memory, read by Tesseract off the event loop.

`ocr` holds the reader (a bounded pool of Tesseract workers, and whether Tesseract is here
at all), `download` the size limit and the download, `offer` the one-tap "add this order"
that follows a screenshot with an order number and a countdown. What the read text means is
decided in flows/understanding/screenshot*.py, like typed text.
"""
