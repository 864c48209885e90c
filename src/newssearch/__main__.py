"""python -m newssearch"""

from .cli import main

main()
