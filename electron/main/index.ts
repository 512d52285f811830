// placeholder: the shell is written next
export {};
