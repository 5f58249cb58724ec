from mbe_desktop.cli import main

raise SystemExit(main())
