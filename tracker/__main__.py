"""``python -m tracker`` is the ``tracker`` command."""

from tracker.cli import main

if __name__ == "__main__":  # not when a worker process imports the main module again
    main()
