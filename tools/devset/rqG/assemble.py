#!/usr/bin/env python3
"""Write /work/devset/parts/rqG.json from build.py's plan and the hand labels (labels_*.py)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import build, round_tools

round_tools.assemble("rqG", build.DOCS)
