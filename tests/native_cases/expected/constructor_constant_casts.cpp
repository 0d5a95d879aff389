#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

#define builtin_tid1d() wp::linear_tid<wp_linear_tid>(task_index, dim)
#define builtin_tid2d(x, y) wp::tid(x, y, task_index, dim)
#define builtin_tid3d(x, y, z) wp::tid(x, y, z, task_index, dim)
#define builtin_tid4d(x, y, z, w) wp::tid(x, y, z, w, task_index, dim)

#define builtin_block_dim() wp::block_dim()


// avoid namespacing of float type for casting to float type, this is to avoid wp::float(x), which is not valid in C++
#define float(x) cast_float(x)
#define adj_float(x, adj_x, adj_ret) adj_cast_float(x, adj_x, adj_ret)

#define int(x) cast_int(x)
#define adj_int(x, adj_x, adj_ret) adj_cast_int(x, adj_x, adj_ret)

struct wp_args_k_c7cb0984 {
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void k_c7cb0984_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_c7cb0984 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 1;
    const wp::float32 var_2 = 2.0;
    const wp::int32 var_3 = 3;
    wp::vec_t<3, wp::float64> var_4;
    const wp::float64 var_5 = 1;
    const wp::float64 var_6 = 2.0;
    const wp::float64 var_7 = 3;
    const wp::int32 var_8 = 1;
    const wp::int32 var_9 = 2;
    const wp::int32 var_10 = 3;
    wp::vec_t<3, wp::float32> var_11;
    const wp::float32 var_12 = 1;
    const wp::float32 var_13 = 2;
    const wp::float32 var_14 = 3;
    const wp::int32 var_15 = 1;
    const wp::int32 var_16 = 2;
    const wp::int32 var_17 = 3;
    const wp::int32 var_18 = 4;
    wp::mat_t<2, 2, wp::float32> var_19;
    const wp::float32 var_20 = 1;
    const wp::float32 var_21 = 2;
    const wp::float32 var_22 = 3;
    const wp::float32 var_23 = 4;
    const wp::float32 var_24 = 1.0;
    const wp::int32 var_25 = 2;
    const wp::float32 var_26 = 3.0;
    const wp::int32 var_27 = 4;
    wp::mat_t<2, 2, wp::float64> var_28;
    const wp::float64 var_29 = 1.0;
    const wp::float64 var_30 = 2;
    const wp::float64 var_31 = 3.0;
    const wp::float64 var_32 = 4;
    const wp::int32 var_33 = 1;
    const wp::int32 var_34 = 2;
    wp::vec_t<2, wp::int32> var_35;
    const wp::int32 var_36 = 1;
    const wp::int32 var_37 = 2;
    const wp::int32 var_38 = 3;
    wp::vec_t<3, wp::uint32> var_39;
    const wp::uint32 var_40 = 1u;
    const wp::uint32 var_41 = 2u;
    const wp::uint32 var_42 = 3u;
    const wp::int32 var_43 = 5;
    const wp::int32 var_44 = 6;
    wp::vec_t<2, wp::int64> var_45;
    const wp::int64 var_46 = 5ll;
    const wp::int64 var_47 = 6ll;
    const wp::int32 var_48 = 0;
    wp::float32 var_49;
    const wp::int32 var_50 = 0;
    const wp::int32 var_51 = 0;
    wp::float32 var_52;
    wp::float32 var_53;
    //---------
    // forward
    // def k(out: wp.array(dtype=float)):                                                     <L 4>
    // i = wp.tid()                                                                           <L 5>
    var_0 = builtin_tid1d();
    // a = wp.vec3d(1, 2.0, 3)                                                                <L 6>
    var_4 = wp::vec_t<3, wp::float64>(var_5, var_6, var_7);
    // b = wp.vec3(1, 2, 3)                                                                   <L 7>
    var_11 = wp::vec_t<3, wp::float32>(var_12, var_13, var_14);
    // c = wp.mat22(1, 2, 3, 4)                                                               <L 8>
    var_19 = wp::mat_t<2, 2, wp::float32>(var_20, var_21, var_22, var_23);
    // d = wp.mat22d(1.0, 2, 3.0, 4)                                                          <L 9>
    var_28 = wp::mat_t<2, 2, wp::float64>(var_29, var_30, var_31, var_32);
    // e = wp.vec2i(1, 2)                                                                     <L 10>
    var_35 = wp::vec_t<2, wp::int32>(var_33, var_34);
    // f = wp.vec3ui(1, 2, 3)                                                                 <L 11>
    var_39 = wp::vec_t<3, wp::uint32>(var_40, var_41, var_42);
    // g = wp.vec2l(5, 6)                                                                     <L 12>
    var_45 = wp::vec_t<2, wp::int64>(var_46, var_47);
    // out[i] = b[0] + c[0, 0]                                                                <L 13>
    var_49 = wp::extract(var_11, var_48);
    var_52 = wp::extract(var_19, var_50, var_51);
    var_53 = wp::add(var_49, var_52);
    wp::array_store(var_out, var_0, var_53);
}



template <bool wp_linear_contiguous>
static void k_c7cb0984_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_c7cb0984 *_wp_args,
    wp_args_k_c7cb0984 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 1;
    const wp::float32 var_2 = 2.0;
    const wp::int32 var_3 = 3;
    wp::vec_t<3, wp::float64> var_4;
    const wp::float64 var_5 = 1;
    const wp::float64 var_6 = 2.0;
    const wp::float64 var_7 = 3;
    const wp::int32 var_8 = 1;
    const wp::int32 var_9 = 2;
    const wp::int32 var_10 = 3;
    wp::vec_t<3, wp::float32> var_11;
    const wp::float32 var_12 = 1;
    const wp::float32 var_13 = 2;
    const wp::float32 var_14 = 3;
    const wp::int32 var_15 = 1;
    const wp::int32 var_16 = 2;
    const wp::int32 var_17 = 3;
    const wp::int32 var_18 = 4;
    wp::mat_t<2, 2, wp::float32> var_19;
    const wp::float32 var_20 = 1;
    const wp::float32 var_21 = 2;
    const wp::float32 var_22 = 3;
    const wp::float32 var_23 = 4;
    const wp::float32 var_24 = 1.0;
    const wp::int32 var_25 = 2;
    const wp::float32 var_26 = 3.0;
    const wp::int32 var_27 = 4;
    wp::mat_t<2, 2, wp::float64> var_28;
    const wp::float64 var_29 = 1.0;
    const wp::float64 var_30 = 2;
    const wp::float64 var_31 = 3.0;
    const wp::float64 var_32 = 4;
    const wp::int32 var_33 = 1;
    const wp::int32 var_34 = 2;
    wp::vec_t<2, wp::int32> var_35;
    const wp::int32 var_36 = 1;
    const wp::int32 var_37 = 2;
    const wp::int32 var_38 = 3;
    wp::vec_t<3, wp::uint32> var_39;
    const wp::uint32 var_40 = 1u;
    const wp::uint32 var_41 = 2u;
    const wp::uint32 var_42 = 3u;
    const wp::int32 var_43 = 5;
    const wp::int32 var_44 = 6;
    wp::vec_t<2, wp::int64> var_45;
    const wp::int64 var_46 = 5ll;
    const wp::int64 var_47 = 6ll;
    const wp::int32 var_48 = 0;
    wp::float32 var_49;
    const wp::int32 var_50 = 0;
    const wp::int32 var_51 = 0;
    wp::float32 var_52;
    wp::float32 var_53;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::vec_t<3, wp::float64> adj_4 = {};
    wp::float64 adj_5 = {};
    wp::float64 adj_6 = {};
    wp::float64 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::mat_t<2, 2, wp::float32> adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::mat_t<2, 2, wp::float64> adj_28 = {};
    wp::float64 adj_29 = {};
    wp::float64 adj_30 = {};
    wp::float64 adj_31 = {};
    wp::float64 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::vec_t<2, wp::int32> adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::vec_t<3, wp::uint32> adj_39 = {};
    wp::uint32 adj_40 = {};
    wp::uint32 adj_41 = {};
    wp::uint32 adj_42 = {};
    wp::int32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::vec_t<2, wp::int64> adj_45 = {};
    wp::int64 adj_46 = {};
    wp::int64 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::int32 adj_50 = {};
    wp::int32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    //---------
    // forward
    // def k(out: wp.array(dtype=float)):                                                     <L 4>
    // i = wp.tid()                                                                           <L 5>
    var_0 = builtin_tid1d();
    // a = wp.vec3d(1, 2.0, 3)                                                                <L 6>
    var_4 = wp::vec_t<3, wp::float64>(var_5, var_6, var_7);
    // b = wp.vec3(1, 2, 3)                                                                   <L 7>
    var_11 = wp::vec_t<3, wp::float32>(var_12, var_13, var_14);
    // c = wp.mat22(1, 2, 3, 4)                                                               <L 8>
    var_19 = wp::mat_t<2, 2, wp::float32>(var_20, var_21, var_22, var_23);
    // d = wp.mat22d(1.0, 2, 3.0, 4)                                                          <L 9>
    var_28 = wp::mat_t<2, 2, wp::float64>(var_29, var_30, var_31, var_32);
    // e = wp.vec2i(1, 2)                                                                     <L 10>
    var_35 = wp::vec_t<2, wp::int32>(var_33, var_34);
    // f = wp.vec3ui(1, 2, 3)                                                                 <L 11>
    var_39 = wp::vec_t<3, wp::uint32>(var_40, var_41, var_42);
    // g = wp.vec2l(5, 6)                                                                     <L 12>
    var_45 = wp::vec_t<2, wp::int64>(var_46, var_47);
    // out[i] = b[0] + c[0, 0]                                                                <L 13>
    var_49 = wp::extract(var_11, var_48);
    var_52 = wp::extract(var_19, var_50, var_51);
    var_53 = wp::add(var_49, var_52);
    // wp::array_store(var_out, var_0, var_53);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_53, adj_out, adj_0, adj_53);
    wp::adj_add(var_49, var_52, adj_49, adj_52, adj_53);
    wp::adj_extract(var_19, var_50, var_51, adj_19, adj_50, adj_51, adj_52);
    wp::adj_extract(var_11, var_48, adj_11, adj_48, adj_49);
    // adj: out[i] = b[0] + c[0, 0]                                                           <L 13>
    wp::adj_vec_t(var_46, var_47, adj_46, adj_47, adj_45);
    // adj: g = wp.vec2l(5, 6)                                                                <L 12>
    wp::adj_vec_t(var_40, var_41, var_42, adj_40, adj_41, adj_42, adj_39);
    // adj: f = wp.vec3ui(1, 2, 3)                                                            <L 11>
    wp::adj_vec_t(var_33, var_34, adj_33, adj_34, adj_35);
    // adj: e = wp.vec2i(1, 2)                                                                <L 10>
    wp::adj_mat_t(var_29, var_30, var_31, var_32, adj_29, adj_30, adj_31, adj_32, adj_28);
    // adj: d = wp.mat22d(1.0, 2, 3.0, 4)                                                     <L 9>
    wp::adj_mat_t(var_20, var_21, var_22, var_23, adj_20, adj_21, adj_22, adj_23, adj_19);
    // adj: c = wp.mat22(1, 2, 3, 4)                                                          <L 8>
    wp::adj_vec_t(var_12, var_13, var_14, adj_12, adj_13, adj_14, adj_11);
    // adj: b = wp.vec3(1, 2, 3)                                                              <L 7>
    wp::adj_vec_t(var_5, var_6, var_7, adj_5, adj_6, adj_7, adj_4);
    // adj: a = wp.vec3d(1, 2.0, 3)                                                           <L 6>
    // adj: i = wp.tid()                                                                      <L 5>
    // adj: def k(out: wp.array(dtype=float)):                                                <L 4>
    return;
}



struct k_c7cb0984_cpu_block_payload_forward
{
    wp_args_k_c7cb0984* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_c7cb0984_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_c7cb0984_cpu_block_payload_forward* payload = (k_c7cb0984_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_c7cb0984_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_c7cb0984_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_c7cb0984 *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        k_c7cb0984_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_c7cb0984_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_c7cb0984_cpu_block_payload_backward
{
    wp_args_k_c7cb0984* args;
    wp_args_k_c7cb0984* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_c7cb0984_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_c7cb0984_cpu_block_payload_backward* payload = (k_c7cb0984_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_c7cb0984_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_c7cb0984_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_c7cb0984 *_wp_args,
    wp_args_k_c7cb0984 *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        k_c7cb0984_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_c7cb0984_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

