// Storage for AST nodes. A parsed module has hundreds of small nodes; allocating each on its own and
// freeing them through a chain of owning pointers was a sixth of native compile time. Nodes live in
// blocks owned by the Module and are freed together; the pointers between them do not own.
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

namespace ws::frontend {

// A non-owning pointer to a node in a NodePool (null by default). It spells like the unique_ptr it
// replaced (get, *, ->, bool), so the AST's users do not change.
template <typename T>
class NodeRef {
 public:
  NodeRef() = default;
  NodeRef(std::nullptr_t) {}  // NOLINT(google-explicit-constructor): `ExprPtr p = nullptr`
  explicit NodeRef(T* p) : p_(p) {}
  T* get() const { return p_; }
  T& operator*() const { return *p_; }
  T* operator->() const { return p_; }
  explicit operator bool() const { return p_ != nullptr; }

 private:
  T* p_ = nullptr;
};

// Hands out default-constructed nodes from blocks; every node is destroyed with the pool. Moving the
// pool keeps the nodes where they are, so NodeRefs stay valid.
template <typename T>
class NodePool {
 public:
  NodeRef<T> make() {
    if (used_ == kBlock) {
      blocks_.push_back(std::make_unique<T[]>(kBlock));
      used_ = 0;
    }
    return NodeRef<T>(&blocks_.back()[used_++]);
  }

 private:
  static constexpr size_t kBlock = 32;
  std::vector<std::unique_ptr<T[]>> blocks_;
  size_t used_ = kBlock;
};

}  // namespace ws::frontend
